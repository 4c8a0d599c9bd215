import { getDb } from "@/db/client";
import { getDatasetSpan } from "@/db/statements";
import { readCompareParams } from "@/lib/compare-params";
import { parseInstant, todayIso } from "@/lib/dates";
import { formatLongDate } from "@/lib/format";
import { CompareForm } from "./compare-form";
import { CompareView } from "./compare-view";

type RawParams = Record<string, string | string[] | undefined>;

/** Page title for the compare view, for generateMetadata. */
export function compareTitle(sp: RawParams): string {
  const p = readCompareParams(sp, { dateA: "", dateB: "" });
  return p && p.dateA && p.dateB ? `Changes from ${formatLongDate(p.dateA)} to ${formatLongDate(p.dateB)}` : "Compare two dates";
}

/**
 * The dashboard's `view=compare` screen: reads `date`, `compare` and `known` from the URL (malformed
 * values become notices), then shows the form and the comparison. Without a first date it compares
 * from the first statement; without a second, up to today.
 */
export function CompareScreen({ searchParams }: { searchParams: RawParams }) {
  const today = todayIso();
  const span = getDatasetSpan(getDb());
  const defaults = { dateA: span?.first ?? today, dateB: today };
  const p = readCompareParams({ ...searchParams, view: "compare" }, defaults) ?? { ...defaults, notices: [] };
  const rawKnown = Array.isArray(searchParams.known) ? searchParams.known[0] : searchParams.known;
  let known: number | null = null;
  const notices = [...p.notices];
  if (rawKnown) {
    known = parseInstant(rawKnown);
    if (known === null) notices.push(`"known=${rawKnown}" is not an ISO-8601 instant; showing the data as known now.`);
  }
  return (
    <>
      <h1>
        Changes from {formatLongDate(p.dateA)} to {formatLongDate(p.dateB)}
      </h1>
      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}
      <CompareForm dateA={p.dateA} dateB={p.dateB} known={known === null ? null : new Date(known).toISOString()} />
      <CompareView dateA={p.dateA} dateB={p.dateB} known={known} />
    </>
  );
}
