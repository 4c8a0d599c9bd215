import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { statements } from "../schema";
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
  // Prepared once (placeholders), run for every row of a file of up to 200k rows.
  const existing = db
    .select({ id: statements.statementId })
    .from(statements)
    .where(
      and(
        isNull(statements.supersededAt),
        eq(statements.status, "published"),
        eq(statements.countryIso3, sql.placeholder("country")),
        eq(statements.statedOn, sql.placeholder("statedOn")),
        eq(statements.statedOnPrecision, sql.placeholder("precision")),
        eq(statements.stance, sql.placeholder("stance")),
        eq(sql`coalesce(${statements.quote}, '')`, sql.placeholder("quote")),
        eq(statements.sourceId, sql.placeholder("sourceId")),
      ),
    )
    .limit(1)
    .prepare();
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
            : existing.get({
                country: input.countryIso3,
                statedOn: input.statedOn,
                precision: input.statedOnPrecision,
                stance: input.stance,
                quote: input.quote ?? "",
                sourceId,
              });
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
