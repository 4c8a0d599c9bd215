import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listStatementsForEditors } from "@/db/statements";
import { listCountries } from "@/db/reference";
import { countPendingDrafts, reviewRequired } from "@/db/review";
import { requireEditor } from "@/app/_lib/session";
import { formatDate } from "@/lib/format/format";
import { FilterForm, SelectFilter } from "@/components/admin/filter-form";
import { ListHeader, ListTable } from "@/components/admin/list-layout";

export const metadata: Metadata = { title: "Statements" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminHome({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin");
  const sp = await searchParams;
  const db = getDb();
  const countries = listCountries(db);
  const country = typeof sp.country === "string" && countries.some((c) => c.iso3 === sp.country) ? sp.country : undefined;
  const statements = listStatementsForEditors(db, { country });
  const pending = countPendingDrafts(db);
  return (
    <>
      <ListHeader
        title="Statements"
        notices={sp.notice === "admins-only" ? ["Only admins can manage accounts."] : []}
        add={{ href: "/admin/statements/new", label: "Record a statement" }}
      />
      {pending > 0 || reviewRequired() ? (
        <p className="lede" data-testid="pending-review">
          <Link href="/admin/review">
            {pending === 0 ? "No drafts wait for review" : `${pending} draft${pending === 1 ? "" : "s"} wait${pending === 1 ? "s" : ""} for review`}
          </Link>
        </p>
      ) : null}
      <FilterForm label="Filter statements" submitLabel="Show">
        <SelectFilter label="Country" name="country" value={country ?? ""} anyLabel="All countries" options={countries.map((c) => ({ value: c.iso3, label: c.name }))} />
      </FilterForm>
      <ListTable
        columns={["Country", "Stated", "Stance", "Version", "Last change"]}
        actions
        caption="Statements, most recently changed first"
        count={statements.length}
        empty={`No statements${country ? " for this country" : ""} yet.`}
      >
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
      </ListTable>
    </>
  );
}
