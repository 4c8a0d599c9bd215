import Link from "next/link";
import type { StatementDto } from "@/db/statements";
import type { Comparison } from "@/lib/compare/compare";
import { summariseMoves } from "@/lib/diff/diff";
import { countries, formatDate } from "@/lib/format/format";
import { knownLabel } from "@/lib/format/known-label";
import type { IsoDate } from "@/lib/types";
import { StanceBadge } from "@/components/country/stance-badge";
import { MoveMatrix } from "./move-matrix";
import { TransitionTable } from "./transition-table";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * What changed between two dates, as the data stood at `known`: a summary line, the count per
 * category on both dates side by side, every move grouped by transition with the statements that
 * decide each end, and the from→to matrix.
 */
type Props = {
  dateA: IsoDate;
  dateB: IsoDate;
  known: number | null;
  /** The group counted ("NATO members"), or null for every country. */
  groupLabel?: string | null;
  /** group= and stale=, carried into the dashboard links. */
  viewParams?: Record<string, string>;
  comparison: Comparison<StatementDto>;
};

export function CompareView({ dateA, dateB, known, groupLabel = null, viewParams = {}, comparison }: Props) {
  const { categories, moves, statements, names, countsA, countsB, faded } = comparison;
  const labels = Object.fromEntries(categories.map((c) => [c.key, c.label.toLowerCase()]));
  const dashboardHref = (date: IsoDate) =>
    `/?${new URLSearchParams({ date, ...(known === null ? {} : { known: new Date(known).toISOString() }), ...viewParams }).toString()}`;

  return (
    <section className="compare-view" data-testid="compare-view" data-date-a={dateA} data-date-b={dateB} aria-labelledby="compare-summary">
      <p id="compare-summary" className="compare-summary" data-testid="compare-summary">
        From {formatDate(dateA)} to {formatDate(dateB)}: <strong>{summariseMoves(moves, labels)}</strong>.
      </p>
      <p className="quote-meta">
        Each country&apos;s position on a date is its latest statement on or before that date; {knownLabel(known)}.{" "}
        <Link href={dashboardHref(dateA)}>Dashboard on {formatDate(dateA)}</Link> ·{" "}
        <Link href={dashboardHref(dateB)}>Dashboard on {formatDate(dateB)}</Link>
      </p>
      {groupLabel ? (
        <p className="quote-meta" data-testid="compare-group">
          Only {groupLabel} on each date are counted.
        </p>
      ) : null}
      {faded ? (
        <p className="quote-meta" data-testid="compare-faded" data-faded-a={faded.a} data-faded-b={faded.b}>
          Stated more than {faded.days} days before the date (faded on the map): {countries(faded.a)} on {formatDate(dateA)}, {countries(faded.b)} on {formatDate(dateB)}.
        </p>
      ) : null}
      <TableScroll label="Countries per category on each date">
        <table className="data counts-side-by-side" data-testid="compare-counts">
          <caption>Countries per category on each date</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">{formatDate(dateA)}</th>
              <th scope="col">{formatDate(dateB)}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => {
              const na = countsA[c.key];
              const nb = countsB[c.key];
              return (
                <tr key={c.key} data-stance={c.key}>
                  <th scope="row">
                    <StanceBadge category={c} />
                  </th>
                  <td className="num">{na}</td>
                  <td className="num">{nb}</td>
                  <td className="num">{nb - na > 0 ? `+${nb - na}` : nb - na === 0 ? "±0" : nb - na}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h2>Moves</h2>
      {moves.length === 0 ? (
        <p className="empty">No country changed category between these dates.</p>
      ) : (
        <>
          <TransitionTable moves={moves} categories={categories} names={names} statements={statements} />
          <h2>From → to</h2>
          <MoveMatrix moves={moves} categories={categories} />
        </>
      )}
    </section>
  );
}
