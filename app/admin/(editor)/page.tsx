import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listStatementsForEditors } from "@/db/queries/admin-statements";
import { listCountries } from "@/db/queries/reference";
import { requireEditor } from "@/lib/auth-session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Statements" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminHome({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin");
  const sp = await searchParams;
  const db = getDb();
  const countries = listCountries(db);
  const country = typeof sp.country === "string" && countries.some((c) => c.iso3 === sp.country) ? sp.country : undefined;
  const statements = listStatementsForEditors(db, { country });
  return (
    <>
      <h1>Statements</h1>
      {sp.notice === "admins-only" ? (
        <p role="status" className="notice">
          Only admins can manage accounts.
        </p>
      ) : null}
      <p className="actions">
        <Link className="button" href="/admin/statements/new">
          Record a statement
        </Link>
      </p>
      <form method="get" className="filters" role="search" aria-label="Filter statements">
        <label>
          Country
          <select name="country" defaultValue={country ?? ""}>
            <option value="">All countries</option>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {statements.length === 0 ? (
        <p className="empty">No statements{country ? " for this country" : ""} yet.</p>
      ) : (
        <table className="data">
          <caption className="sr-only">Statements, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Stated</th>
              <th scope="col">Stance</th>
              <th scope="col">Version</th>
              <th scope="col">Last change</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <tr key={s.id} data-statement-id={s.id}>
                <td className="country">{s.countryName}</td>
                <td className="date">{formatDate(s.statedOn, s.statedOnPrecision)}</td>
                <td>
                  {s.stance.replace(/_/g, " ")}
                  {s.status === "retracted" ? <span className="status-retracted"> (retracted)</span> : null}
                </td>
                <td>{s.version}</td>
                <td>
                  {s.recordedAt.slice(0, 10)} by {s.recordedBy}
                </td>
                <td>
                  <Link href={`/admin/statements/${s.id}`}>Open #{s.id}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
