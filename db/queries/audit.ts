import "server-only";
import type { Db } from "../client";

export type AuditEntry = {
  actor: string;
  action: string;
  entity: "statement" | "source" | "event" | "user";
  entityId: number | string;
  countryIso3?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry to the audit log; call inside the transaction that makes the change. */
export function recordAudit(db: Db, e: AuditEntry): void {
  db.$client
    .prepare(
      `insert into audit_log (at, actor, action, entity, entity_id, country_iso3, before, after)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      Date.now(),
      e.actor,
      e.action,
      e.entity,
      String(e.entityId),
      e.countryIso3 ?? null,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    );
}
