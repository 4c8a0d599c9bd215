"use server";
/**
 * Recording, editing and retracting statements: the session first, then the statement's write verb
 * (db/statements: it validates the whole form and writes in one transaction), mapped to the form
 * by the shared frame (app/_lib/write-verb.ts), which also revalidates and lands on the permalink.
 */
import { getDb } from "@/db/client";
import { editStatementFromValues, recordStatement, retractStatementFromValues, type StatementDto } from "@/db/statements";
import { actionWrite, FIX_FIELDS, refused } from "@/app/_lib/write-verb";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { formValues, single } from "@/lib/validation/form-values";
import { statementConflict } from "../_lib/statement-values";

type State = FormState<{ conflict?: VersionConflict }>;

// The data layer names fields as the database does; the form as the CSV does.
const FIELD_NAMES = { countryIso3: "country", sourceId: "source_id" };

/** New statement (version 1). */
export async function createStatementAction(_prev: State, formData: FormData): Promise<State> {
  // The session is checked before anything else: a signed-out request is redirected, unread.
  const editor = await requireEditor();
  const values = formValues(formData);
  return actionWrite(values, () => recordStatement(getDb(), values, actorOf(editor)), {
    done: (r) => `/statements/${r.current.id}`,
    saved: (r) => ({ statementId: r.current.id, version: r.current.version }),
    fieldNames: FIELD_NAMES,
  });
}

/**
 * Edit: a new version, written only if the editor's `baseVersion` is still current. The explicit
 * "save mine anyway" button after a conflict submits `confirmBase` = the newer version instead.
 */
export async function editStatementAction(statementId: number, _prev: State, formData: FormData): Promise<State> {
  const editor = await requireEditor();
  const values = formValues(formData);
  const base = single(values, "confirmBase") || single(values, "baseVersion");
  return actionWrite(values, () => editStatementFromValues(getDb(), statementId, { ...values, baseVersion: base }, actorOf(editor)), {
    done: () => `/statements/${statementId}`,
    saved: (r) => ({ statementId: r.current.id, version: r.current.version }),
    fieldNames: FIELD_NAMES,
    conflict: (err) => {
      const current = err.current as StatementDto;
      // The conflict notice says who and when; the form-level message stays empty so it is said once.
      return refused("", values, {}, { conflict: statementConflict(current, values, actorOf(editor)) });
    },
  });
}

/** Retraction: a new version with status "retracted" and the required reason; never a deletion. */
export async function retractStatementAction(statementId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const values = formValues(formData);
  // The form's confirmation box (required in the browser; checked here too for a form posted without it).
  if (single(values, "confirm") !== "yes") {
    return refused("Nothing was retracted: tick the box to confirm the retraction.", values, { confirm: ["confirm that this statement should be retracted"] });
  }
  return actionWrite(values, () => retractStatementFromValues(getDb(), statementId, values, actorOf(editor)), {
    done: () => `/statements/${statementId}`,
    saved: (r) => ({ statementId: r.current.id, version: r.current.version }),
    nothing: "Nothing was retracted",
    fix: FIX_FIELDS,
    conflict: (err) => {
      const current = err.current as StatementDto;
      return refused(
        `Nothing was retracted: version ${current.version} was saved by ${current.recordedBy} after you opened this page. Reload it and check the newer version first.`,
        values,
      );
    },
  });
}
