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
import { saveDraft } from "../review/drafts";
import { reviewRequired } from "../review/setting";

export type ImportFileResult =
  | { fileError: string }
  | {
      rows: RowOutcome[];
      summary: ImportSummary;
      /** Whether anything was written: false for a dry run and for a file with invalid rows. */
      imported: boolean;
      /** Some rows are invalid (so nothing was written). */
      hasErrors: boolean;
      /** Under review (REVIEW_REQUIRED=1): the draft batch the file became instead of being written. */
      draftId?: number;
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
  // Under review the file becomes one draft batch, approved or rejected as a whole (db/review);
  // what it would do is told from the same rolled-back run as a dry run.
  const asDraft = write && reviewRequired();
  const verdicts = importStatements(db, valid, actor, { dryRun: !write || asDraft });
  const merged = mergeOutcomes(checked.rows, verdicts, (line) => matched.get(line) ?? null);
  if (asDraft) {
    const countries = new Set(valid.map((r) => r.input.countryIso3));
    const { draft } = saveDraft(db, { kind: "import", countryIso3: countries.size === 1 ? [...countries][0] : null, payload: { rows: valid }, author: actor });
    return { ...merged, imported: false, hasErrors, draftId: draft.id };
  }
  return { ...merged, imported: write, hasErrors };
}
