/**
 * One category's table of the as-of state: the page's row contract (section[data-stance] with
 * tr[data-iso3] rows). The map view's fallback without JavaScript. Brief on purpose: a country, when
 * it spoke, its commitment and contributions, and a link to the statement (quote, speaker, sources,
 * note). Everything a server component renders inside the dashboard is also carried in the page's
 * flight data, so quotes and sources here would be sent twice to every reader, with or without
 * JavaScript, and grow with the data (issue #16); the table view (`view=table`, which works without
 * JavaScript too) has them in full. No hooks and no handlers, so the server can render it.
 *
 * Its links are plain anchors, not next/link: the table is drawn only inside <noscript>, where the
 * browser never runs React or a Link's client navigation, and the server rendering a Link per
 * country and per statement (about 500 at 100,000 statements) was a measurable part of each render
 * of `/` (issue #16). The HTML is the same, attribute order included (Link writes href last).
 */
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { countries, formatDate } from "@/lib/format/format";
import { Size } from "@/components/country/claim-facts";
import { CommitmentBadge } from "@/components/country/stance-badge";
import { TableScroll } from "@/components/ui/table-scroll";

/** What a row shows of its deciding statement. */
export type StanceSectionRow = Pick<
  StanceRow,
  "iso3" | "name" | "stance" | "statementId" | "statedOn" | "statedOnPrecision" | "commitment" | "contributions" | "sizeText" | "troopsMin" | "troopsMax"
>;

type Props = {
  category: StanceCategory;
  /** In display order. */
  rows: StanceSectionRow[];
};

export function StanceSection({ category: cat, rows }: Props) {
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
                <th scope="col">Country</th>
                <th scope="col">Stated</th>
                <th scope="col">Commitment, contributions and size</th>
                <th scope="col">Statement</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.iso3} data-iso3={s.iso3}>
                  <td className="country">
                    <a href={`/countries/${s.iso3}`}>{s.name}</a>
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
                  </td>
                  <td>
                    <a aria-label={`Statement #${s.statementId}: quote and sources`} href={`/statements/${s.statementId}`}>
                      {`#${s.statementId}`}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
