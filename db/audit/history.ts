/** Reads of the audit log: the history page's filtered list, its editor filter, and the last change to an entity. */
import "server-only";
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, countries } from "../schema";

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

function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

const parsed = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

/** Audit entries matching every given filter, newest first; `limit + 1` are read to tell if more exist. */
export function listAuditEntries(db: Db, filter: AuditFilter = {}): { entries: AuditEntryDto[]; more: boolean } {
  const where: SQL[] = [];
  if (filter.actor) where.push(eq(auditLog.actor, filter.actor));
  if (filter.country) where.push(eq(auditLog.countryIso3, filter.country));
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.from) where.push(gte(auditLog.at, dayStart(filter.from)));
  if (filter.to) where.push(lt(auditLog.at, dayStart(filter.to) + 86_400_000));
  if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      countryIso3: auditLog.countryIso3,
      countryName: countries.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(countries, eq(countries.iso3, auditLog.countryIso3))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const entries = rows.slice(0, limit).map((r) => ({ ...r, at: new Date(r.at).toISOString(), before: parsed(r.before), after: parsed(r.after) }));
  return { entries, more: rows.length > limit };
}

/** Everyone who has changed anything, for the history page's editor filter. */
export function listAuditActors(db: Db): string[] {
  return db.selectDistinct({ actor: auditLog.actor }).from(auditLog).orderBy(auditLog.actor).all().map((r) => r.actor);
}

/** Who made the latest change to an entity, and when (for conflict messages), or null. */
export function lastChange(db: Db, entity: string, entityId: number | string): { actor: string; at: string } | null {
  const row = db
    .select({ actor: auditLog.actor, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row ? { actor: row.actor, at: new Date(row.at).toISOString() } : null;
}
