import "server-only";
import type { Db } from "../client";
import { recordAudit } from "../audit/record";
import { findSource, type NewSource } from "../sources/resolve";
import { insertNewStatement, type StatementInput } from "./versions";

export type ImportRow = { line: number; input: StatementInput & { source: NewSource } };
export type ImportOutcome = { line: number; outcome: "new" | "duplicate"; statementId: number | null };

/**
 * Imports validated rows all or nothing: one transaction, one audit entry per new statement.
 * A row that says the same thing, on the same day, from the same source as a current statement is
 * a duplicate and skipped; rows inserted earlier in the transaction count, so a file that repeats
 * itself is caught too. With `dryRun` the transaction is rolled back, so the outcome is exact.
 */
export function importStatements(db: Db, rows: ImportRow[], actor: string, { dryRun = false } = {}): ImportOutcome[] {
  const existing = db.$client.prepare(
    `select statement_id as id from statements where superseded_at is null and status = 'published'
       and country_iso3 = ? and stated_on = ? and stated_on_precision = ? and stance = ?
       and coalesce(quote, '') = ? and source_id = ? limit 1`,
  );
  const rollback = new Error("dry run");
  let outcomes: ImportOutcome[] = [];
  try {
    db.$client.transaction(() => {
      const at = Date.now();
      outcomes = rows.map(({ line, input }) => {
        const sourceId = findSource(db, input.source);
        const dup =
          sourceId === null
            ? undefined
            : (existing.get(input.countryIso3, input.statedOn, input.statedOnPrecision, input.stance, input.quote ?? "", sourceId) as
                | { id: number }
                | undefined);
        if (dup) return { line, outcome: "duplicate", statementId: dup.id };
        const statementId = insertNewStatement(db, input, actor, at);
        recordAudit(db, {
          actor,
          action: "import",
          entity: "statement",
          entityId: statementId,
          countryIso3: input.countryIso3,
          after: { statementId, version: 1, ...input },
        });
        return { line, outcome: "new", statementId };
      });
      if (dryRun) throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return outcomes;
}
