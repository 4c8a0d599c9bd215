import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listCountriesWithStatements } from "@/db/reference";
import { listCountries } from "@/db/reference";
import { listCategories } from "@/db/reference";
import { getStancesAsOf } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { formatDate, formatLongDate } from "@/lib/format/format";
import { StanceBadge } from "@/components/country/stance-badge";
import { TableScroll } from "@/components/ui/table-scroll";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Countries", description: "Every country with a recorded statement, and its position today." };

export default function CountriesPage() {
  const db = getDb();
  const today = todayIso();
  const categories = listCategories(db);
  const withStatements = listCountriesWithStatements(db);
  const stances = new Map(getStancesAsOf(db, today).map((s) => [s.countryIso3, s]));
  const others = listCountries(db).filter((c) => !withStatements.some((w) => w.iso3 === c.iso3));
  return (
    <>
      <h1>Countries</h1>
      <p className="lede">Countries with at least one recorded statement, and their position today ({formatLongDate(today)}).</p>
      <TableScroll label="Countries">
        <table className="data" data-testid="countries-table">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Position today</th>
              <th scope="col">Latest statement</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {withStatements.map((c) => {
              const s = stances.get(c.iso3);
              return (
                <tr key={c.iso3} data-iso3={c.iso3}>
                  <th scope="row" className="country">
                    <Link href={`/countries/${c.iso3}`}>{c.name}</Link>
                  </th>
                  <td>{s ? <StanceBadge category={categories.find((k) => k.key === s.stance) ?? null} /> : <StanceBadge category={null} />}</td>
                  <td className="date">{s ? <Link href={`/statements/${s.id}`}>{formatDate(s.statedOn, s.statedOnPrecision)}</Link> : "—"}</td>
                  <td className="num">{c.statements}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <details className="other-countries">
        <summary>{others.length} other countries have no recorded statement</summary>
        <ul className="inline-list">
          {others.map((c) => (
            <li key={c.iso3}>
              <Link href={`/countries/${c.iso3}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
