import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listEvents, readGroup } from "@/db/events";
import { getDatasetSpan } from "@/db/statements";
import { CompareScreen } from "@/components/compare/compare-screen";
import { defaultFirstDate, readCompareParams } from "@/lib/compare/compare-params";
import { parseInstant, todayIso } from "@/lib/dates";
import { formatLongDate } from "@/lib/format/format";
import { staleThreshold } from "@/lib/staleness/age";
import { readComparison } from "../_lib/read-comparison";
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
  const today = todayIso();
  const span = getDatasetSpan(db);
  const events = listEvents(db);
  const dateA = defaultFirstDate(events.map((e) => e.heldOn), span?.first ?? null, today);
  const p = readCompareParams(sp, { dateA, dateB: today }, today);
  const notices = [...p.notices];
  const rawKnown = first(sp.known);
  let known: number | null = null;
  if (rawKnown) {
    known = parseInstant(rawKnown);
    if (known === null) notices.push(`"known=${rawKnown}" is not an ISO-8601 instant; showing the data as known now.`);
  }
  const cite = pageCiteData("/compare", sp, await headers());
  // A summit group is its participants as known at `known`, like the rest of the view.
  let group = p.group === null ? null : readGroup(db, p.group, known);
  if (p.group !== null && group === null) {
    notices.push(`Ignored group="${p.group}": no event has that slug; showing every country.`);
    group = null;
  }
  const stale = staleThreshold(p.stale);
  // The view's parameters every link of the screen keeps (swap, the dashboard on either date).
  const viewParams: Record<string, string> = { ...(group ? { group: group.key } : {}), ...(p.stale !== null ? { stale: p.stale === false ? "off" : String(p.stale) } : {}) };
  return (
    <>
      <CompareScreen
        dateA={p.dateA}
        dateB={p.dateB}
        known={known}
        notices={notices}
        groupLabel={group?.label ?? null}
        viewParams={viewParams}
        comparison={readComparison(db, p.dateA, p.dateB, known, group, stale)}
      />
      {cite ? <CiteControl initial={cite} page="/compare" /> : null}
    </>
  );
}
