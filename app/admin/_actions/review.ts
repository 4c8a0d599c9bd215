"use server";
/**
 * Approving and rejecting drafts at /admin/review (REVIEW_REQUIRED=1): the session first, then the
 * review verb (db/review: self-approval, staleness and the reason are checked there, not here), so
 * the REST door and this one refuse the same things.
 */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { approveDraft, rejectDraft, SelfApprovalError } from "@/db/review";
import { ConflictError } from "@/db/errors";
import { afterWrite, FIX_FIELDS, refused, toFormState } from "@/app/_lib/write-verb";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState } from "@/lib/form-state";
import { formValues, single } from "@/lib/validation/form-values";

export async function approveDraftAction(draftId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor("/admin/review");
  const values = formValues(formData);
  try {
    approveDraft(getDb(), draftId, actorOf(editor));
  } catch (err) {
    if (err instanceof SelfApprovalError) return refused(`Not approved: ${err.message}.`, values);
    if (err instanceof ConflictError) return refused(`Not approved: ${err.message}`, values);
    return toFormState(err, values, { nothing: "Not approved", fix: FIX_FIELDS });
  }
  afterWrite("action");
  redirect(`/admin/review?approved=${draftId}`);
}

export async function rejectDraftAction(draftId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor("/admin/review");
  const values = formValues(formData);
  try {
    rejectDraft(getDb(), draftId, actorOf(editor), single(values, "reason"));
  } catch (err) {
    return toFormState(err, values, { nothing: "Not rejected", fix: FIX_FIELDS });
  }
  redirect(`/admin/review?rejected=${draftId}`);
}
