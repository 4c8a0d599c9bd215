"use server";
/**
 * Browser import of a statements CSV in two steps: a dry run that shows every row's outcome
 * (nothing written), then, once the editor confirms, the import itself: all rows in one
 * transaction, one audit entry per new statement. Both steps call the import verb the REST route
 * calls (db/statements/import-file.ts).
 */
import { getDb } from "@/db/client";
import { deleteImportDraft, getImportDraft, importStatementFile, saveImportDraft, type ImportData } from "@/db/statements";
import { afterWrite, refused } from "@/app/_lib/write-verb";
import { BROWSER_IMPORT_MAX_FILE_BYTES, browserImportTooLarge } from "@/lib/http/body-limits";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState } from "@/lib/form-state";
import { formValues, single } from "@/lib/validation/form-values";

type State = FormState<ImportData>;


function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

async function preview(formData: FormData, actor: string): Promise<State> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return refused("Choose a CSV file to check.", {}, { file: ["choose a CSV file"] });
  // The form checks this before sending (with JavaScript); proxy.ts refuses any form post over
  // FORM_POST_MAX_BYTES; between the two, the file's own limit is checked here.
  if (file.size > BROWSER_IMPORT_MAX_FILE_BYTES) {
    return refused("The file is too large for the browser import.", {}, { file: [browserImportTooLarge(file.size)] });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const db = getDb();
  const result = importStatementFile(db, bytes, actor, { dryRun: true });
  if ("fileError" in result) return refused(`${file.name} cannot be imported: ${result.fileError}.`, {}, { file: [result.fileError] });
  const { rows, summary } = result;
  const counts = `${plural(summary.new, "new statement")}, ${plural(summary.duplicate, "duplicate")}, ${plural(summary.error, "row")} with errors`;
  if (summary.error > 0) {
    return {
      status: "error",
      message: `Dry run of ${file.name}: ${counts}. Nothing can be imported until every row is valid; fix the file and check it again.`,
      data: { fileName: file.name, rows, summary },
    };
  }
  const draftId = saveImportDraft(db, { fileName: file.name, content: new TextDecoder().decode(bytes), createdBy: actor });
  return {
    status: "success",
    message: `Dry run of ${file.name}: ${counts}. Nothing has been written yet.`,
    data: { fileName: file.name, rows, summary, draftId },
  };
}

async function confirm(draftId: string, actor: string): Promise<State> {
  const db = getDb();
  const draft = getImportDraft(db, draftId, actor);
  if (!draft) return refused("This upload has expired or was already imported. Upload the file again.", {});
  const result = importStatementFile(db, draft.content, actor);
  if ("fileError" in result || (!result.imported && result.draftId === undefined)) return refused(`${draft.fileName} is no longer valid; upload it again to see why.`, {});
  deleteImportDraft(db, draft.id);
  const { rows, summary } = result;
  if (result.draftId !== undefined) {
    // Under review: the whole file is one draft batch; nothing is public until another editor approves it.
    return {
      status: "success",
      message: `Saved as a draft for review: ${plural(summary.new, "new statement")} from ${draft.fileName} wait for another editor's approval at /admin/review (draft #${result.draftId}); ${plural(summary.duplicate, "duplicate")} skipped.`,
      data: { fileName: draft.fileName, rows, summary },
    };
  }
  if (summary.new > 0) afterWrite("action");
  return {
    status: "success",
    message: `Imported ${plural(summary.new, "new statement")} from ${draft.fileName}; ${plural(summary.duplicate, "duplicate")} skipped.`,
    data: { fileName: draft.fileName, rows, summary, imported: true },
  };
}

/** One action for both steps, told apart by the `intent` field. */
export async function importAction(_prev: State, formData: FormData): Promise<State> {
  const editor = await requireEditor("/admin/import");
  const values = formValues(formData);
  if (single(values, "intent") === "confirm") return confirm(single(values, "draftId"), actorOf(editor));
  return preview(formData, actorOf(editor));
}
