import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getDatasetSpan } from "@/db/statements";
import { CompareScreen } from "@/components/compare/compare-screen";
import { readCompareParams } from "@/lib/compare/compare-params";
import { parseInstant, todayIso } from "@/lib/dates";
import { formatLongDate } from "@/lib/format/format";
import { readComparison } from "../_lib/read-comparison";
import { headers } from "next/headers";
import { pageCiteData } from "../_lib/cite/cited-view";
import { CiteControl } from "@/components/cite/cite-control";

// The default second date is today: never prerender this at build time.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const p = readCompareParams(await searchParams, { dateA: "", dateB: "" });
  return { title: p.dateA && p.dateB ? `Changes from ${formatLongDate(p.dateA)} to ${formatLongDate(p.dateB)}` : "Compare two dates" };
}

/**
 * What changed between two dates: `/compare?date=A&compare=B&known=T`. Without a first date it
 * compares from the first statement; without a second, up to today. Malformed values become notices.
 */
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const db = getDb();
  const today = todayIso();
  const span = getDatasetSpan(db);
  const p = readCompareParams(sp, { dateA: span?.first ?? today, dateB: today });
  const notices = [...p.notices];
  const rawKnown = first(sp.known);
  let known: number | null = null;
  if (rawKnown) {
    known = parseInstant(rawKnown);
    if (known === null) notices.push(`"known=${rawKnown}" is not an ISO-8601 instant; showing the data as known now.`);
  }
  const cite = pageCiteData("/compare", sp, await headers());
  return (
    <>
      <CompareScreen dateA={p.dateA} dateB={p.dateB} known={known} notices={notices} comparison={readComparison(db, p.dateA, p.dateB, known)} />
      {cite ? <CiteControl initial={cite} page="/compare" /> : null}
    </>
  );
}
