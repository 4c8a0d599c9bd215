"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "./bind-fields";
import { TextField } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/** Email and password; the password is never sent back into the page. */
export function LoginForm({ action, next }: { action: FormAction; next: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field, errors } = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <form action={formAction} className="admin-form narrow" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      <input type="hidden" name="next" value={next} />
      <TextField {...field("email")} label="Email" type="email" autoComplete="username" required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={errors} />
      <p className="actions">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </p>
    </form>
  );
}
