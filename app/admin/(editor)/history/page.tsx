import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listAuditActors, listAuditEntries } from "@/db/audit";
import { listCountries } from "@/db/reference";
import { requireEditor } from "@/app/_lib/session";
import { parseIsoDate } from "@/lib/dates";
import { diffSnapshots } from "@/lib/diff/json-diff";
import { labelFieldValue } from "@/lib/format/value-labels";
import { stanceLabels } from "@/db/reference";
import { FilterForm, SelectFilter } from "@/components/admin/filter-form";
import { ListHeader, ListTable } from "@/components/admin/list-layout";

export const metadata: Metadata = { title: "History" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ENTITIES = ["statement", "source", "event", "user", "draft"] as const;

function param(sp: Record<string, string | string[] | undefined>, key: string): string {
  const v = sp[key];
  return typeof v === "string" ? v : "";
}

/** How an entry names what it changed: accounts by email (their ids mean nothing to a reader). */
function entityLabel(entity: string, id: string, before: unknown, after: unknown): string {
  if (entity !== "user") return `${entity} #${id}`;
  const email = [after, before].map((x) => (x && typeof x === "object" ? (x as { email?: unknown }).email : undefined)).find((e) => typeof e === "string");
  return `account ${typeof email === "string" ? email : id}`;
}

function entityHref(entity: string, id: string): string | null {
  if (entity === "statement") return `/admin/statements/${id}`;
  if (entity === "source") return `/admin/sources/${id}/edit`;
  if (entity === "event") return `/admin/events/${id}/edit`;
  if (entity === "draft") return "/admin/review";
  return null;
}

export default async function HistoryPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/history");
  const sp = await searchParams;
  const db = getDb();
  const stances = stanceLabels(db);
  const actors = listAuditActors(db);
  const countries = listCountries(db);
  const notices: string[] = [];
  const actor = actors.includes(param(sp, "editor")) ? param(sp, "editor") : "";
  const country = countries.some((c) => c.iso3 === param(sp, "country")) ? param(sp, "country") : "";
  const entity = (ENTITIES as readonly string[]).includes(param(sp, "entity")) ? param(sp, "entity") : "";
  const dates = { from: param(sp, "from"), to: param(sp, "to") };
  for (const k of ["from", "to"] as const) {
    if (dates[k] && !parseIsoDate(dates[k])) {
      notices.push(`"${dates[k]}" is not a YYYY-MM-DD date; the ${k} filter is ignored.`);
      dates[k] = "";
    }
  }
  const beforeId = /^\d{1,12}$/.test(param(sp, "before")) ? Number(param(sp, "before")) : undefined;
  const { entries, more } = listAuditEntries(db, { actor, country, entity, from: dates.from, to: dates.to, beforeId, limit: 50 });
  const filters = new URLSearchParams(Object.entries({ editor: actor, country, entity, from: dates.from, to: dates.to }).filter(([, v]) => v));
  const last = entries[entries.length - 1];
  if (last) filters.set("before", String(last.id));
  return (
    <>
      <ListHeader title="History of changes" notices={notices} />
      <FilterForm label="Filter the history" submitLabel="Filter" clearHref="/admin/history">
        <SelectFilter label="Editor" name="editor" value={actor} anyLabel="Anyone" options={actors.map((a) => ({ value: a, label: a }))} />
        <SelectFilter label="Country" name="country" value={country} anyLabel="Any" options={countries.map((c) => ({ value: c.iso3, label: c.name }))} />
        <SelectFilter label="What" name="entity" value={entity} anyLabel="Everything" options={ENTITIES.map((e) => ({ value: e, label: `${e}s` }))} />
        <label>
          From
          <input type="date" name="from" defaultValue={dates.from} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={dates.to} />
        </label>
      </FilterForm>
      <ListTable
        columns={["When (UTC)", "Who", "What", "Country", "Changes (before → after)"]}
        className="data history"
        count={entries.length}
        empty="No change matches these filters."
      >
        {entries.map((e) => {
          const href = entityHref(e.entity, e.entityId);
          const changes = diffSnapshots(e.before, e.after);
          return (
            <tr key={e.id} data-entity={e.entity} data-entity-id={e.entityId} data-action={e.action}>
              <td className="date">{e.at.replace("T", " ").slice(0, 19)}</td>
              <td>{e.actor}</td>
              <td>
                {e.action} {href ? <Link href={href}>{entityLabel(e.entity, e.entityId, e.before, e.after)}</Link> : entityLabel(e.entity, e.entityId, e.before, e.after)}
              </td>
              <td>{e.countryName ?? "—"}</td>
              <td>
                <details>
                  <summary>
                    {changes.length} field{changes.length === 1 ? "" : "s"}
                  </summary>
                  <table className="data diff">
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.path}>
                          <th scope="row">{c.path}</th>
                          <td>{c.before ? <del>{labelFieldValue(c.path, c.before, stances)}</del> : "—"}</td>
                          <td>{c.after ? <ins>{labelFieldValue(c.path, c.after, stances)}</ins> : "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </td>
            </tr>
          );
        })}
      </ListTable>
      {more ? (
        <p>
          <Link href={`/admin/history?${filters.toString()}`}>Older changes</Link>
        </p>
      ) : null}
    </>
  );
}
