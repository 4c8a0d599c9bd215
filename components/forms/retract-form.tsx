"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "./bind-fields";
import { FieldError, TextArea } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/**
 * Retracting a statement: a reason is required, and the statement is kept (as a retracted version)
 * in the history; it only leaves the as-of views.
 */
export function RetractForm({ action, baseVersion }: { action: FormAction; baseVersion: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field } = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <TextArea
        {...field("reason")}
        label="Reason for the retraction"
        hint="Required. Readers see it in the statement's history, e.g. “misattributed: the quote is from the defence minister”."
        required
      />
      <label className="inline retract-confirm">
        {/* A retraction takes the statement off every public view: one click must not do it. */}
        <input type="checkbox" name="confirm" value="yes" required aria-describedby="f-confirm-error" /> Yes, retract this statement from the public
        views (it stays in the history)
      </label>
      <FieldError name="confirm" errors={state.fieldErrors} />
      <p className="actions">
        <SubmitButton className="danger" pendingLabel="Retracting…">
          Retract this statement
        </SubmitButton>
      </p>
    </form>
  );
}
