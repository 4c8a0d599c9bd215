"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { TextArea } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/**
 * Retracting a statement: a reason is required, and the statement is kept (as a retracted version)
 * in the history; it only leaves the as-of views.
 */
export function RetractForm({ action, baseVersion }: { action: FormAction; baseVersion: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const reason = typeof state.values?.reason === "string" ? state.values.reason : "";
  return (
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <TextArea
        name="reason"
        label="Reason for the retraction"
        hint="Required. Readers see it in the statement's history, e.g. “misattributed: the quote is from the defence minister”."
        required
        defaultValue={reason}
        errors={state.fieldErrors}
      />
      <p className="actions">
        <SubmitButton className="danger" pendingLabel="Retracting…">
          Retract this statement
        </SubmitButton>
      </p>
    </form>
  );
}
