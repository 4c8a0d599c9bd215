"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "./bind-fields";
import { TextArea } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/** Approve one draft (or batch): the server refuses the author and a stale draft, and says why here. */
export function ApproveForm({ action, label }: { action: FormAction; label: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="admin-form review-approve">
      <FormStatus status={state.status} message={state.message} />
      <p className="actions">
        <SubmitButton pendingLabel="Approving…">{label}</SubmitButton>
      </p>
    </form>
  );
}

/** Reject one draft: a reason is required (the author and the history see it). */
export function RejectForm({ action, draftId }: { action: FormAction; draftId: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field } = bindFields(state.values ?? {}, state.fieldErrors);
  const reason = field("reason");
  return (
    <form action={formAction} className="admin-form review-reject" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      {/* Ids are per draft: several reject forms share the page. */}
      <TextArea {...reason} id={`reject-${draftId}-reason`} label="Reason for rejecting" hint="Required. Kept with the draft in the review history." />
      <p className="actions">
        <SubmitButton className="danger" pendingLabel="Rejecting…">
          Reject
        </SubmitButton>
      </p>
    </form>
  );
}
