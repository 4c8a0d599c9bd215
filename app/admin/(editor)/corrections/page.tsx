import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { CORRECTION_STATUSES, listCorrections, type CorrectionStatus } from "@/db/corrections";
import { listCountries } from "@/db/reference";
import { requireEditor } from "@/app/_lib/session";
import { safeHttpUrl } from "@/lib/format/format";
import { FilterForm, SelectFilter } from "@/components/admin/filter-form";
import { ListHeader, ListTable } from "@/components/admin/list-layout";

export const metadata: Metadata = { title: "Suggested corrections" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS: Record<CorrectionStatus, string> = { open: "Open", accepted: "Accepted", dismissed: "Dismissed" };

/** The readers' suggested corrections, newest first; open ones by default (`?status=` any, or one). */
export default async function CorrectionsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/corrections");
  const sp = await searchParams;
  const asked = typeof sp.status === "string" ? sp.status : "open";
  const status = (CORRECTION_STATUSES as readonly string[]).includes(asked) ? (asked as CorrectionStatus) : undefined;
  const db = getDb();
  const rows = listCorrections(db, { status, limit: 200 });
  // Country names for the rows about a country: one read of the reference list, not one per row.
  const countryNames = new Map(listCountries(db).map((k) => [k.iso3, k.name]));
  const handled = typeof sp.handled === "string" && /^\d{1,15}$/.test(sp.handled) ? sp.handled : null;
  return (
    <>
      <ListHeader title="Suggested corrections" notices={handled ? [`Suggestion #${handled} was dismissed.`] : []} />
      <p className="lede">What readers suggested on statement and country pages. Nothing they send changes the public data until an editor acts on it.</p>
      <FilterForm label="Filter suggestions" submitLabel="Show">
        <SelectFilter
          label="Status"
          name="status"
          value={status ?? ""}
          anyLabel="Any"
          options={CORRECTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
      </FilterForm>
      <ListTable columns={["#", "Received", "About", "What is wrong", "Source", "E-mail", "Status"]} actions count={rows.length} empty="No suggestion.">
        {rows.map((c) => {
          const href = safeHttpUrl(c.sourceUrl);
          return (
            <tr key={c.id} data-testid="correction-row" data-correction-id={c.id} data-status={c.status}>
              <td>{c.id}</td>
              <td>{c.createdAt.slice(0, 16).replace("T", " ")} UTC</td>
              <td>{c.statementId !== null ? `Statement #${c.statementId}` : (countryNames.get(c.countryIso3 ?? "") ?? c.countryIso3 ?? "")}</td>
              <td className="correction-body">{c.body.length > 160 ? `${c.body.slice(0, 160)}…` : c.body}</td>
              <td>
                {href ? (
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                    {new URL(href).hostname}
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td>{c.email ?? "—"}</td>
              <td>{STATUS_LABELS[c.status]}</td>
              <td>
                <Link href={`/admin/corrections/${c.id}`}>Open</Link>
              </td>
            </tr>
          );
        })}
      </ListTable>
    </>
  );
}
