"use server";
/**
 * Creating and editing sources; edits are checked against the version the form was opened at.
 * After a save the editor lands on the source's public page.
 */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { ConflictError } from "@/db/errors";
import { createSource, editSource, type EditableSource } from "@/db/queries/source-writes";
import { lastChange } from "@/db/queries/history";
import { refused, refusedFromError, validatedAction } from "@/app/_lib/write-verb";
import { actorOf } from "@/lib/auth-session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { single, type FormValues } from "@/lib/validation/form-values";
import { baseVersionField, fillSourceValues, sourceFormSchema } from "@/db/sources/validation";
import { revalidatePublicViews } from "../_lib/revalidate";
import { sourceConflict } from "../_lib/entity-values";

type State = FormState<{ conflict?: VersionConflict }>;
const validate = (values: FormValues) => {
  const parsed = sourceFormSchema.safeParse(fillSourceValues(values));
  if (parsed.success) return { ok: true as const, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const i of parsed.error.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
  return { ok: false as const, fieldErrors };
};

export const createSourceAction = validatedAction(validate, async (data, { editor, values }): Promise<State> => {
  let id: number;
  try {
    id = createSource(getDb(), data, actorOf(editor)).id;
  } catch (err) {
    return refusedFromError(err, values);
  }
  revalidatePublicViews();
  redirect(`/sources/${id}`);
});

export async function editSourceAction(sourceId: number, prev: State, formData: FormData): Promise<State> {
  return validatedAction(validate, async (data, { editor, values }): Promise<State> => {
    if (!Number.isSafeInteger(sourceId) || sourceId < 1) return refused("Nothing was saved: no such source.", values);
    const base = baseVersionField.safeParse(single(values, "confirmBase") || single(values, "baseVersion"));
    if (!base.success) return refused(`Nothing was saved: ${base.error.issues[0]?.message}.`, values);
    try {
      editSource(getDb(), sourceId, base.data, data, actorOf(editor));
    } catch (err) {
      if (err instanceof ConflictError) {
        const current = err.current as EditableSource;
        return refused(`Nothing was saved: someone saved version ${current.version} of this source after you opened version ${base.data}.`, values, {}, {
          conflict: sourceConflict(current, values, lastChange(getDb(), "source", sourceId)),
        });
      }
      return refusedFromError(err, values);
    }
    revalidatePublicViews();
    redirect(`/sources/${sourceId}`);
  })(prev, formData);
}
