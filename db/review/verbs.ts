/**
 * The review verbs both doors call: approve a pending draft (publish it through the SAME statement
 * verb that publishes when review is off, in one transaction) or reject it with a reason. The
 * author can never approve their own draft; a draft made from a version that is no longer current
 * is refused as stale, as an edit would be.
 */
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { statements } from "../schema";
import { ConflictError, InvalidInputError, NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../audit/record";
import { createStatement, editStatement, retractStatement, type StatementInput } from "../statements/versions";
import { importStatements, type ImportRow } from "../statements/import";
import { closeDraft, getDraft, type ReviewDraft } from "./drafts";

/** Refused: the reviewer is the draft's author. */
export class SelfApprovalError extends InvalidInputError {
  override name = "SelfApprovalError";
}

const MAX_REASON = 2000;

function assertPending(d: ReviewDraft): void {
  if (d.status !== "pending") throw new InvalidInputError(`draft #${d.id} was already ${d.status} by ${d.reviewedBy ?? "someone"}`);
}

/** Publishes the draft's change as its author wrote it; returns what it published. */
function publish(db: Db, d: ReviewDraft): ReviewDraft["published"] {
  const stale = (err: unknown): never => {
    if (err instanceof ConflictError) {
      throw new ConflictError(
        `Draft #${d.id} is stale: it was made from version ${d.baseVersion} of statement ${d.statementId}, which is no longer current. ${err.message} Reject it, and make the change again from the current version.`,
        err.current,
      );
    }
    throw err;
  };
  switch (d.kind) {
    case "create": {
      const created = createStatement(db, d.payload as StatementInput, d.author);
      return [{ statementId: created.current.id, version: created.current.version }];
    }
    case "edit": {
      const input = d.payload as StatementInput & { changeReason: string | null };
      try {
        const edited = editStatement(db, d.statementId!, d.baseVersion!, input, d.author, input.changeReason);
        return [{ statementId: edited.current.id, version: edited.current.version }];
      } catch (err) {
        return stale(err);
      }
    }
    case "retract": {
      try {
        const retracted = retractStatement(db, d.statementId!, d.baseVersion!, (d.payload as { reason: string }).reason, d.author);
        return [{ statementId: retracted.current.id, version: retracted.current.version }];
      } catch (err) {
        return stale(err);
      }
    }
    case "import": {
      const outcomes = importStatements(db, (d.payload as { rows: ImportRow[] }).rows, d.author);
      return outcomes.flatMap((o) => (o.outcome === "new" && o.statementId !== null ? [{ statementId: o.statementId, version: 1 }] : []));
    }
  }
}

/**
 * Records on each version the approval published who approved it and when (the version's history
 * then says so, as the audit log does), in the approval's transaction. Only these fresh versions:
 * `published` names exactly the rows publish() inserted. One UPDATE for the whole batch: the
 * (statement, version) keys go in as one JSON parameter, so a batch of any size stays one
 * statement within SQLite's limits on bound variables and expression depth.
 */
function stampApproval(db: Db, published: ReviewDraft["published"], reviewer: string, at: number): void {
  if (published.length === 0) return;
  const keys = JSON.stringify(published.map((p) => [p.statementId, p.version]));
  db.update(statements)
    .set({ approvedBy: reviewer, approvedAt: at })
    .where(sql`(${statements.statementId}, ${statements.version}) in (select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(${keys}))`)
    .run();
}

/**
 * Approves a pending draft: refused for its author (SelfApprovalError), for a draft already
 * reviewed, and for a stale one (ConflictError); otherwise publishes it, marks it approved and logs
 * who approved it when, all in one transaction (a batch is published whole or not at all).
 */
export function approveDraft(db: Db, draftId: number, reviewer: string): ReviewDraft {
  db.$client.transaction(() => {
    const d = getDraft(db, draftId);
    assertPending(d);
    if (d.author === reviewer) throw new SelfApprovalError("you cannot approve your own draft: another editor must review it");
    const published = publish(db, d);
    const at = Date.now();
    stampApproval(db, published, reviewer, at);
    if (!closeDraft(db, d.id, { status: "approved", reviewedBy: reviewer, reviewedAt: at, published, ...(d.kind === "create" ? { statementId: published[0]!.statementId } : {}) })) assertPending(getDraft(db, d.id));
    recordAudit(db, {
      actor: reviewer,
      action: "approve",
      entity: "draft",
      entityId: d.id,
      countryIso3: d.countryIso3,
      after: { draft: d.id, kind: d.kind, author: d.author, approvedBy: reviewer, approvedAt: new Date(at).toISOString(), published },
    });
  })();
  return getDraft(db, draftId);
}

/** Rejects a pending draft with a required reason; the draft stays, with the reason, in the history. */
export function rejectDraft(db: Db, draftId: number, reviewer: string, reason: string): ReviewDraft {
  const why = reason.trim();
  if (!why) throw new ValidationError({ reason: ["a reason is required: say why the draft is rejected"] });
  if (why.length > MAX_REASON) throw new ValidationError({ reason: [`at most ${MAX_REASON} characters`] });
  if (!Number.isSafeInteger(draftId) || draftId <= 0) throw new NotFoundError(`no draft #${draftId}`);
  db.$client.transaction(() => {
    const d = getDraft(db, draftId);
    assertPending(d);
    const at = Date.now();
    if (!closeDraft(db, d.id, { status: "rejected", reviewedBy: reviewer, reviewedAt: at, reason: why })) assertPending(getDraft(db, d.id));
    recordAudit(db, {
      actor: reviewer,
      action: "reject",
      entity: "draft",
      entityId: d.id,
      countryIso3: d.countryIso3,
      after: { draft: d.id, kind: d.kind, author: d.author, rejectedBy: reviewer, rejectedAt: new Date(at).toISOString(), reason: why },
    });
  })();
  return getDraft(db, draftId);
}
