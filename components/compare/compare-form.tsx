import Link from "next/link";
import { compareHref } from "@/lib/compare/compare-params";
import type { IsoDate } from "@/lib/types";

/** Two dates to compare, as a plain GET form (works without JavaScript; the result is a shareable URL). */
export function CompareForm({ dateA, dateB, known, viewParams = {} }: { dateA: IsoDate; dateB: IsoDate; known: string | null; viewParams?: Record<string, string> }) {
  return (
    <form method="get" action="/compare" className="date-form compare-form" aria-label="Choose two dates to compare">
      <label htmlFor="compare-date-a">From</label>
      <input type="date" id="compare-date-a" name="date" defaultValue={dateA} min="2022-01-01" max="2100-12-31" required />
      <label htmlFor="compare-date-b">to</label>
      <input type="date" id="compare-date-b" name="compare" defaultValue={dateB} min="2022-01-01" max="2100-12-31" required />
      {known ? <input type="hidden" name="known" value={known} /> : null}
      {Object.entries(viewParams).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit">Compare</button>
      <Link href={compareHref(dateB, dateA, known, viewParams)}>Swap dates</Link>
    </form>
  );
}
