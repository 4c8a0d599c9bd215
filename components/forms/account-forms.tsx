"use client";
/** The admins' account forms: create an account, and change one (role, password, public name, disabled). */
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "./bind-fields";
import { SelectField, TextField } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

const ROLE_OPTIONS = [
  { value: "editor", label: "Editor: records and edits statements, sources, summits" },
  { value: "admin", label: "Admin: also manages accounts" },
];

export function CreateAccountForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field, errors } = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      <TextField {...field("email")} label="Email" type="email" required autoComplete="off" />
      <TextField {...field("name")} label="Name" autoComplete="off" />
      <SelectField {...field("role")} defaultValue={field("role").defaultValue || "editor"} label="Role" options={ROLE_OPTIONS} />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        hint="At least 12 characters. Tell it to them out of band."
        required
        errors={errors}
        autoComplete="new-password"
      />
      <p className="actions">
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </p>
    </form>
  );
}

/** Change one account: each button submits its own `intent`. */
export function AccountControls({
  action,
  id,
  role,
  displayName,
  disabled,
  self,
}: {
  action: FormAction;
  id: string;
  role: string;
  displayName: string;
  disabled: boolean;
  self: boolean;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  return (
    <div className="account-controls">
      <FormStatus status={state.status} message={state.message} />
      <form action={formAction} className="inline-form">
        <input type="hidden" name="intent" value="role" />
        <label htmlFor={`role-${id}`}>Role</label>{" "}
        <select id={`role-${id}`} name="role" defaultValue={role} disabled={self}>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
        </select>{" "}
        {self ? null : <SubmitButton className="secondary">Change role</SubmitButton>}
      </form>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="intent" value="password" />
        <label htmlFor={`pw-${id}`}>New password</label>{" "}
        <input id={`pw-${id}`} type="password" name="newPassword" autoComplete="new-password" minLength={12} required />{" "}
        <SubmitButton className="secondary">Set password</SubmitButton>
        {state.fieldErrors?.newPassword?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </form>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="intent" value="display-name" />
        <label htmlFor={`dn-${id}`}>Public name</label>{" "}
        <input id={`dn-${id}`} name="displayName" defaultValue={displayName} maxLength={60} required autoComplete="off" />{" "}
        <SubmitButton className="secondary">Set public name</SubmitButton>
        {state.fieldErrors?.displayName?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </form>
      {self ? null : (
        <form action={formAction} className="inline-form">
          <input type="hidden" name="intent" value={disabled ? "enable" : "disable"} />
          <SubmitButton className={disabled ? "secondary" : "danger"}>{disabled ? "Enable account" : "Disable account"}</SubmitButton>
        </form>
      )}
    </div>
  );
}
