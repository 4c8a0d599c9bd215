/**
 * One category's table of the as-of state: the page's row contract (section[data-stance] with
 * tr[data-iso3] rows). Shared by the dashboard's table view, which adds sortable headers and a
 * "Details" button (both need JavaScript), and the map view's no-JS fallback, which shows the plain
 * table with each statement's note. No hooks and no handlers of its own, so the server can render it.
 */
import type { ReactNode } from "react";
import Link from "next/link";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { countries, formatDate } from "@/lib/format/format";
import { Citations } from "@/components/ui/citations";
import { Quote } from "@/components/ui/quote";
import { Conditions, Confidence, Size, Speaker } from "@/components/country/claim-facts";
import { CommitmentBadge } from "@/components/country/stance-badge";
import { TableScroll } from "@/components/ui/table-scroll";

/** A row, with the statement's note where the caller has it (the API's rows do not carry it). */
export type StanceSectionRow = StanceRow & { note?: string | null };

type Props = {
  category: StanceCategory;
  /** In display order. */
  rows: StanceSectionRow[];
  /** The Country and Stated header cells; plain ones where absent. */
  sortHeaders?: ReactNode;
  /** A last cell per row, in a column headed "Panel"; no such column where absent. */
  rowAction?: (row: StanceRow) => ReactNode;
};

export function StanceSection({ category: cat, rows, sortHeaders, rowAction }: Props) {
  const headingId = `stance-${cat.key}`;
  return (
    <section className="stance-group" data-stance={cat.key} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="swatch" style={{ background: cat.colour }} aria-hidden="true" />
        {cat.label} <span className="empty">({countries(rows.length)})</span>
      </h2>
      <p className="description">{cat.description}</p>
      {rows.length === 0 ? (
        <p className="empty">No country in this category on this date.</p>
      ) : (
        <TableScroll label={cat.label}>
          <table className="data">
            <thead>
              <tr>
                {sortHeaders ?? (
                  <>
                    <th scope="col">Country</th>
                    <th scope="col">Stated</th>
                  </>
                )}
                <th scope="col">Commitment, contributions, size and conditions</th>
                <th scope="col">Quote</th>
                <th scope="col">Source</th>
                {rowAction ? (
                  <th scope="col">
                    <span className="visually-hidden">Panel</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.iso3} data-iso3={s.iso3}>
                  <td className="country">
                    <Link href={`/countries/${s.iso3}`} prefetch={false}>
                      {s.name}
                    </Link>
                  </td>
                  <td className="date">{formatDate(s.statedOn, s.statedOnPrecision)}</td>
                  <td>
                    <CommitmentBadge commitment={s.commitment} />
                    {s.contributions.map((c) => (
                      <span key={c} className="tag">
                        {c.replace("_", " ")}
                      </span>
                    ))}
                    <Size of={s} as="div" />
                    <Conditions of={s} as="div" />
                  </td>
                  <td>
                    <Quote of={s} />
                    <Speaker of={s} as="div" />
                    {s.note ? (
                      <details className="quote-meta">
                        <summary>Note</summary>
                        {s.note}
                      </details>
                    ) : null}
                  </td>
                  <td>
                    <Citations sources={s.sources} />{" "}
                    <Link href={`/statements/${s.statementId}`} prefetch={false} className="quote-meta">
                      #{s.statementId}
                    </Link>
                    <Confidence of={s} as="div" />
                  </td>
                  {rowAction ? <td>{rowAction(s)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
