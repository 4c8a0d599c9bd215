"use client";
/**
 * The frame of the forms that create or edit a record (statement, source, summit). Works without
 * JavaScript: a plain form posting to a server action. A refused form comes back with each error
 * next to its field and everything typed kept. An edit carries the version it was opened at
 * (`baseVersion`), so a save from a stale version is refused with the newer version shown.
 */
import { useActionState, type ReactNode } from "react";
import type { FormAction, FormState, VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { bindFields, type FormFields } from "./bind-fields";
import { ConflictNotice } from "./conflict-notice";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/** What the pages pass to every such form. */
export type EntityFormProps = {
  action: FormAction<{ conflict?: VersionConflict }>;
  initial: FormValues;
  /** Set when editing: the version the form shows. */
  baseVersion?: number;
  /** Where "discard mine" goes on a conflict (the edit page, freshly loaded). */
  reloadHref?: string;
};

type Props = EntityFormProps & {
  submitLabel: { create: string; edit: string };
  /** The form's fields, given the values to show and the errors to mark. */
  children: (fields: FormFields & { editing: boolean }) => ReactNode;
};

export function EntityForm({ action, initial, baseVersion, reloadHref, submitLabel, children }: Props) {
  const [state, formAction] = useActionState<FormState<{ conflict?: VersionConflict }>, FormData>(action, { status: "idle" });
  const editing = baseVersion !== undefined;
  return (
    // Remounted per response so every uncontrolled field shows the values sent back.
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      {state.data?.conflict ? <ConflictNotice conflict={state.data.conflict} reloadHref={reloadHref ?? "."} /> : null}
      {editing ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
      {children({ ...bindFields(state.values ?? initial, state.fieldErrors), editing })}
      <p className="actions">
        <SubmitButton>{editing ? submitLabel.edit : submitLabel.create}</SubmitButton>
      </p>
    </form>
  );
}
