import "server-only";
import type { Db } from "../client";

/** One change: who made it, when, to what, and the entity before and after (parsed JSON). */
export type AuditEntryDto = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  countryIso3: string | null;
  countryName: string | null;
  before: unknown;
  after: unknown;
};

export type AuditFilter = {
  actor?: string;
  country?: string;
  /** Inclusive UTC days, as YYYY-MM-DD. */
  from?: string;
  to?: string;
  entity?: string;
  /** Entries older than this id (the next page). */
  beforeId?: number;
  limit?: number;
};

type AuditRow = Omit<AuditEntryDto, "at" | "before" | "after"> & { at: number; before: string | null; after: string | null };

function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Audit entries matching every given filter, newest first; `limit + 1` are read to tell if more exist. */
export function listAuditEntries(db: Db, filter: AuditFilter = {}): { entries: AuditEntryDto[]; more: boolean } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (clause: string, name: string, value: string | number | undefined) => {
    if (value === undefined || value === "") return;
    where.push(clause);
    params[name] = value;
  };
  add("a.actor = @actor", "actor", filter.actor);
  add("a.country_iso3 = @country", "country", filter.country);
  add("a.entity = @entity", "entity", filter.entity);
  add("a.at >= @from", "from", filter.from ? dayStart(filter.from) : undefined);
  add("a.at < @to", "to", filter.to ? dayStart(filter.to) + 86_400_000 : undefined);
  add("a.id < @beforeId", "beforeId", filter.beforeId);
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  const rows = db.$client
    .prepare(
      `select a.id, a.at, a.actor, a.action, a.entity, a.entity_id as entityId, a.country_iso3 as countryIso3,
         c.name as countryName, a.before, a.after
       from audit_log a left join countries c on c.iso3 = a.country_iso3
       ${where.length > 0 ? `where ${where.join(" and ")}` : ""}
       order by a.id desc limit ${limit + 1}`,
    )
    .all(params) as AuditRow[];
  const entries = rows.slice(0, limit).map((r) => ({
    ...r,
    at: new Date(r.at).toISOString(),
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
  return { entries, more: rows.length > limit };
}

/** Everyone who has changed anything, for the history page's editor filter. */
export function listAuditActors(db: Db): string[] {
  return (db.$client.prepare("select distinct actor from audit_log order by actor").all() as { actor: string }[]).map((r) => r.actor);
}

/** Who made the latest change to an entity, and when (for conflict messages), or null. */
export function lastChange(db: Db, entity: string, entityId: number | string): { actor: string; at: string } | null {
  const row = db.$client
    .prepare("select actor, at from audit_log where entity = ? and entity_id = ? order by id desc limit 1")
    .get(entity, String(entityId)) as { actor: string; at: number } | undefined;
  return row ? { actor: row.actor, at: new Date(row.at).toISOString() } : null;
}
