import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { CompareScreen } from "@/components/compare/compare-screen";
import { readCompareParams } from "@/lib/compare/compare-params";
import { parseInstant } from "@/lib/dates";
import { formatLongDate } from "@/lib/format/format";
import { readComparison } from "../_lib/read-comparison";
import { resolveCompareView } from "../_lib/compare-view";
import { headers } from "next/headers";
import { pageCiteData } from "../_lib/cite/cited-view";
import { CiteControl } from "@/components/cite/cite-control";
import { previewImage, siteUrl } from "../_lib/site-url";

// The default second date is today: never prerender this at build time.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const sp = await searchParams;
  const p = readCompareParams(sp, { dateA: "", dateB: "" });
  const title = p.dateA && p.dateB ? `Changes from ${formatLongDate(p.dateA)} to ${formatLongDate(p.dateB)}` : "Compare two dates";
  // Its preview names who moved between the two dates (app/og/route.tsx, view=compare).
  const og = new URLSearchParams({ view: "compare" });
  if (p.dateA) og.set("from", p.dateA);
  if (p.dateB) og.set("to", p.dateB);
  const known = parseInstant(first(sp.known) ?? "");
  if (known !== null) og.set("known", new Date(known).toISOString());
  // The preview follows the same group and stale threshold as the page (app/_lib/compare-view.ts).
  for (const k of ["group", "stale"] as const) {
    const v = first(sp[k]);
    if (v) og.set(k, v);
  }
  const image = previewImage(`/og?${og.toString()}`, title);
  return { metadataBase: await siteUrl(), title, openGraph: { type: "website", title, ...image.openGraph }, twitter: { title, ...image.twitter } };
}

/**
 * What changed between two dates: `/compare?date=A&compare=B&known=T&group=G&stale=DAYS`. Without
 * a first date it compares from the previous summit (else the first statement); without a second,
 * up to today. group= and stale= are the dashboard's. Malformed values and unknown parameters become notices.
 */
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const db = getDb();
  const { dateA, dateB, known, group, stale, viewParams, notices } = resolveCompareView(db, sp);
  const cite = pageCiteData("/compare", sp, await headers());
  return (
    <>
      <CompareScreen
        dateA={dateA}
        dateB={dateB}
        known={known}
        notices={notices}
        groupLabel={group?.label ?? null}
        viewParams={viewParams}
        comparison={readComparison(db, dateA, dateB, known, group, stale)}
      />
      {cite ? <CiteControl initial={cite} page="/compare" /> : null}
    </>
  );
}
