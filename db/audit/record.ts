import "server-only";
import type { Db } from "../client";
import { auditLog } from "../schema";

export type AuditEntry = {
  actor: string;
  action: string;
  entity: "statement" | "source" | "event" | "user" | "draft" | "correction";
  entityId: number | string;
  countryIso3?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry to the audit log; call inside the transaction that makes the change. */
export function recordAudit(db: Db, e: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: Date.now(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: String(e.entityId),
      countryIso3: e.countryIso3 ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .run();
}
