/**
 * The import verb both doors call (the browser's two-step action and POST /api/v1/admin/import):
 * check a whole CSV file, then import its valid rows all or nothing, or with `dryRun` only say
 * what would happen. A file with any invalid row is never written, whatever `dryRun` says.
 */
import "server-only";
import type { Db } from "../client";
import { latestStatedOn } from "./form";
import { checkStatementImport, type CheckedImportRow } from "./import-check";
import { mergeOutcomes, type ImportSummary, type RowOutcome } from "./import-preview";
import { importStatements } from "./import";
import { findSource } from "../sources/resolve";

export type ImportFileResult =
  | { fileError: string }
  | {
      rows: RowOutcome[];
      summary: ImportSummary;
      /** Whether anything was written: false for a dry run and for a file with invalid rows. */
      imported: boolean;
      /** Some rows are invalid (so nothing was written). */
      hasErrors: boolean;
    };

function validRows(rows: CheckedImportRow[]) {
  return rows.flatMap((r) => (r.ok ? [{ line: r.line, input: r.input }] : []));
}

/** Checks `file` and imports it (or, with `dryRun`, rolls the exact same writes back). */
export function importStatementFile(db: Db, file: string | Uint8Array, actor: string, { dryRun = false } = {}): ImportFileResult {
  const checked = checkStatementImport(file, latestStatedOn());
  if ("fileError" in checked) return checked;
  const hasErrors = checked.rows.some((r) => !r.ok);
  const write = !dryRun && !hasErrors;
  const valid = validRows(checked.rows);
  // Looked up before the import creates anything, so the dry run can say "matched" or "created".
  const matched = new Map(valid.map((r) => [r.line, findSource(db, r.input.source)]));
  const verdicts = importStatements(db, valid, actor, { dryRun: !write });
  return { ...mergeOutcomes(checked.rows, verdicts, (line) => matched.get(line) ?? null), imported: write, hasErrors };
}
