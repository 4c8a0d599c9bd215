"use client";

/** One category's table: the page's row contract (tr[data-iso3]) with sortable column headers. */
import Link from "next/link";
import type { StanceRow } from "@/lib/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { countries, formatDate } from "@/lib/format";
import { Citation } from "@/components/ui/citation";

export type SortKey = "name-asc" | "name-desc" | "date-desc" | "date-asc";

function compare(sort: SortKey) {
  return (a: StanceRow, b: StanceRow) => {
    const byName = a.name.localeCompare(b.name, "en");
    const byDate = a.statedOn < b.statedOn ? -1 : a.statedOn > b.statedOn ? 1 : 0;
    if (sort === "name-asc") return byName;
    if (sort === "name-desc") return -byName;
    return (sort === "date-asc" ? byDate : -byDate) || byName;
  };
}

function SortHeader({ label, asc, desc, sort, onSort }: { label: string; asc: SortKey; desc: SortKey; sort: SortKey; onSort: (s: SortKey) => void }) {
  const state = sort === asc ? "ascending" : sort === desc ? "descending" : "none";
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className="sort-button" onClick={() => onSort(sort === asc ? desc : asc)}>
        {label}
        <span aria-hidden="true">{state === "ascending" ? " ▲" : state === "descending" ? " ▼" : " ↕"}</span>
      </button>
    </th>
  );
}

type Props = { category: StanceCategory; rows: StanceRow[]; sort: SortKey; onSort: (s: SortKey) => void; onOpen: (iso3: string) => void };

export function StanceTableSection({ category: cat, rows, sort, onSort, onOpen }: Props) {
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
        <table className="data">
          <thead>
            <tr>
              <SortHeader label="Country" asc="name-asc" desc="name-desc" sort={sort} onSort={onSort} />
              <SortHeader label="Stated" asc="date-asc" desc="date-desc" sort={sort} onSort={onSort} />
              <th scope="col">Contributions and conditions</th>
              <th scope="col">Quote</th>
              <th scope="col">Source</th>
              <th scope="col"><span className="visually-hidden">Panel</span></th>
            </tr>
          </thead>
          <tbody>
            {[...rows].sort(compare(sort)).map((s) => (
              <tr key={s.iso3} data-iso3={s.iso3}>
                <td className="country">
                  <Link href={`/countries/${s.iso3}`} prefetch={false}>{s.name}</Link>
                </td>
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
                </td>
                <td>
                  <Citation source={s.source} /> <Link href={`/statements/${s.statementId}`} prefetch={false} className="quote-meta">#{s.statementId}</Link>
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(s.iso3)} aria-label={`Open the panel of ${s.name}`}>
                    Details
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
