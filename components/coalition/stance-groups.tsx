import type { StatementDto } from "@/db/queries/statement-rows";
import type { StanceCategory } from "@/lib/types";
import { countries, formatDate } from "@/lib/format";
import { Citation } from "@/components/ui/citation";

/** The as-of state as one table per category, strongest commitment first; empty categories say so. */
export function StanceGroups({ categories, statements }: { categories: StanceCategory[]; statements: StatementDto[] }) {
  return (
    <>
      {categories.map((cat) => {
        const rows = statements.filter((s) => s.stance === cat.key);
        const headingId = `stance-${cat.key}`;
        return (
          <section key={cat.key} className="stance-group" data-stance={cat.key} aria-labelledby={headingId}>
            <h2 id={headingId}>
              <span className="swatch" style={{ background: cat.colour }} aria-hidden="true" />
              {cat.label} <span className="empty">({countries(rows.length)})</span>
            </h2>
            <p className="description">{cat.description}</p>
            {rows.length === 0 ? (
              <p className="empty">No country in this category on this date.</p>
            ) : (
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Country</th>
                    <th scope="col">Stated</th>
                    <th scope="col">Contributions and conditions</th>
                    <th scope="col">Quote</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((s) => (
                    <tr key={s.id} data-iso3={s.countryIso3}>
                      <td className="country">{s.countryName}</td>
                      <td className="date">{formatDate(s.statedOn, s.statedOnPrecision)}</td>
                      <td>
                        {s.contributions.map((c) => (
                          <span key={c} className="tag">
                            {c.replace("_", " ")}
                          </span>
                        ))}
                        {s.conditions ? <div className="quote-meta">Conditions: {s.conditions}</div> : null}
                      </td>
                      <td>
                        {s.quote ? (
                          <q className="quote" lang={s.quoteLanguage ?? undefined}>
                            {s.quote}
                          </q>
                        ) : null}
                        {s.speaker ? <div className="quote-meta">— {s.speaker}</div> : null}
                        {s.note ? (
                          <details className="quote-meta">
                            <summary>Note</summary>
                            {s.note}
                          </details>
                        ) : null}
                      </td>
                      <td>
                        <Citation source={s.source} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}
