"use server";
/**
 * The correction queue's editor actions: accept (marked accepted at once, then the editor lands on
 * the statement's edit form prefilled with the suggested source, or on a new statement of the
 * suggested country) and dismiss (a reason is required). Both audited by the verbs. Neither changes
 * public data, so nothing is revalidated; the edit the editor then saves is an ordinary edit.
 */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { acceptCorrection, dismissCorrection, type CorrectionDto } from "@/db/corrections";
import { FIX_FIELDS, refused, toFormState } from "@/app/_lib/write-verb";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState } from "@/lib/form-state";
import { formValues } from "@/lib/validation/form-values";

/** Where an accepted suggestion is worked on: the edit form (statement) or a new statement (country). */
function acceptedTarget(c: CorrectionDto): string {
  return c.statementId !== null
    ? `/admin/statements/${c.statementId}/edit?correction=${c.id}`
    : `/admin/statements/new?country=${c.countryIso3}&correction=${c.id}`;
}

export async function acceptCorrectionAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const values = formValues(formData);
  let accepted: CorrectionDto;
  try {
    accepted = acceptCorrection(getDb(), id, actorOf(editor));
  } catch (err) {
    return toFormState(err, values, { nothing: "Nothing was accepted", fix: FIX_FIELDS });
  }
  redirect(acceptedTarget(accepted));
}

export async function dismissCorrectionAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const values = formValues(formData);
  try {
    dismissCorrection(getDb(), id, values, actorOf(editor));
  } catch (err) {
    const state = toFormState(err, values, { nothing: "Nothing was dismissed", fix: FIX_FIELDS });
    return state.fieldErrors?.reason ? refused("Nothing was dismissed: give the reason for dismissing this suggestion.", values, state.fieldErrors) : state;
  }
  redirect(`/admin/corrections?status=open&handled=${id}`);
}
