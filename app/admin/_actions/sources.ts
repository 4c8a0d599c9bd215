"use server";
/**
 * Creating and editing sources: the session first, then the source's write verb (db/sources: it
 * validates the whole form and writes in one transaction), mapped to the form by the shared frame
 * (app/_lib/write-verb.ts), which also revalidates and lands on the source's public page. Edits
 * are checked against the version the form was opened at.
 */
import { getDb } from "@/db/client";
import { lastChange } from "@/db/audit";
import { editSourceFromValues, recordSource, type EditableSource } from "@/db/sources";
import { actionWrite, refused } from "@/app/_lib/write-verb";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { formValues, single } from "@/lib/validation/form-values";
import { sourceConflict } from "../_lib/entity-values";

type State = FormState<{ conflict?: VersionConflict }>;

export async function createSourceAction(_prev: State, formData: FormData): Promise<State> {
  // The session is checked before anything else: a signed-out request is redirected, unread.
  const editor = await requireEditor();
  const values = formValues(formData);
  return actionWrite(values, () => recordSource(getDb(), values, actorOf(editor)), { done: (s) => `/sources/${s.id}` });
}

/** Edit in place; the explicit "save mine anyway" button after a conflict submits `confirmBase` = the newer version. */
export async function editSourceAction(sourceId: number, _prev: State, formData: FormData): Promise<State> {
  const editor = await requireEditor();
  const values = formValues(formData);
  const base = single(values, "confirmBase") || single(values, "baseVersion");
  return actionWrite(values, () => editSourceFromValues(getDb(), sourceId, { ...values, baseVersion: base }, actorOf(editor)), {
    done: () => `/sources/${sourceId}`,
    conflict: (err): State => {
      const current = err.current as EditableSource;
      return refused(`Nothing was saved: someone saved version ${current.version} of this source after you opened version ${base}.`, values, {}, {
        conflict: sourceConflict(current, values, lastChange(getDb(), "source", sourceId)),
      });
    },
  });
}
