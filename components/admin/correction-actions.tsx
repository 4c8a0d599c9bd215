"use client";
/** The two decisions on a suggested correction (/admin/corrections/[id]): accept, or dismiss with a reason. */
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "../forms/bind-fields";
import { TextArea } from "../forms/field";
import { FormStatus } from "../forms/form-status";
import { SubmitButton } from "../forms/submit-button";

export function AcceptCorrectionForm({ action, opensWhat }: { action: FormAction; opensWhat: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="admin-form" data-testid="accept-correction">
      <FormStatus status={state.status} message={state.message} />
      <p className="hint">Marks the suggestion accepted and opens {opensWhat}, with the suggested source filled in as a new source.</p>
      <p className="actions">
        <SubmitButton pendingLabel="Accepting…">Accept and edit</SubmitButton>
      </p>
    </form>
  );
}

export function DismissCorrectionForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field } = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <form action={formAction} className="admin-form" data-testid="dismiss-correction" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      {/* Not `required` in the browser: the server's refusal is the rule, and says why. */}
      <TextArea {...field("reason")} label="Reason for dismissing" hint="Required, e.g. “the statement already cites this source”." />
      <p className="actions">
        <SubmitButton className="danger" pendingLabel="Dismissing…">
          Dismiss
        </SubmitButton>
      </p>
    </form>
  );
}
