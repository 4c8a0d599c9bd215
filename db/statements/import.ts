import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { statements } from "../schema";
import { recordAudit } from "../audit/record";
import { findSource, type NewSource } from "../sources/resolve";
import { contentColumns, insertNewStatement, type StatementInput } from "./versions";
import { DUPLICATE_KEYS } from "./fields";

export type ImportRow = { line: number; input: StatementInput & { source: NewSource } };
export type ImportOutcome = { line: number; outcome: "new" | "duplicate"; statementId: number | null };

/**
 * Imports validated rows all or nothing: one transaction, one audit entry per new statement.
 * A row that says the same thing (every column of DUPLICATE_KEYS: country, day, stance, quote and
 * the claim fields), from the same source, as a current statement is a duplicate and skipped; rows inserted earlier in the transaction count, so a file that repeats
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
        // `is`: an empty (null) claim field matches only an empty one.
        ...DUPLICATE_KEYS.map((k) => sql`${statements[k]} is ${sql.placeholder(k)}`),
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
        const stored = contentColumns(input) as Record<string, unknown>;
        const dup = sourceId === null ? undefined : existing.get({ ...Object.fromEntries(DUPLICATE_KEYS.map((k) => [k, stored[k] ?? null])), sourceId });
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
