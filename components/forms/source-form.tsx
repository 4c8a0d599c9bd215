"use client";
/** Creating or editing a source (a citation). Same behaviour as the statement form. */
import { useActionState } from "react";
import type { FormAction, FormState, VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { TextArea, TextField } from "./field";
import { ConflictNotice } from "./conflict-notice";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

function one(values: FormValues, key: string): string {
  const x = values[key];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}

export function SourceForm({
  action,
  initial,
  baseVersion,
  reloadHref,
}: {
  action: FormAction<{ conflict?: VersionConflict }>;
  initial: FormValues;
  baseVersion?: number;
  reloadHref?: string;
}) {
  const [state, formAction] = useActionState<FormState<{ conflict?: VersionConflict }>, FormData>(action, { status: "idle" });
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)}>
      <FormStatus status={state.status} message={state.message} />
      {state.data?.conflict ? <ConflictNotice conflict={state.data.conflict} reloadHref={reloadHref ?? "."} /> : null}
      {baseVersion !== undefined ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
      <fieldset>
        <legend>Source</legend>
        <TextField name="title" label="Title" required defaultValue={one(values, "title")} errors={errors} />
        <TextField name="publisher" label="Publisher" defaultValue={one(values, "publisher")} errors={errors} />
        <TextField name="url" label="URL" hint="http:// or https:// only" inputMode="url" placeholder="https://" defaultValue={one(values, "url")} errors={errors} />
        <TextField name="published_on" label="Published on" hint="YYYY-MM-DD" placeholder="YYYY-MM-DD" defaultValue={one(values, "published_on")} errors={errors} />
        <TextField name="language" label="Language" hint="A language code: en, fr, de…" defaultValue={one(values, "language")} errors={errors} />
        <TextField name="retrieved_on" label="Retrieved on" hint="YYYY-MM-DD" placeholder="YYYY-MM-DD" defaultValue={one(values, "retrieved_on")} errors={errors} />
        <TextField
          name="archived_url"
          label="Archived copy"
          hint="e.g. a web.archive.org URL (http:// or https:// only)"
          inputMode="url"
          placeholder="https://"
          defaultValue={one(values, "archived_url")}
          errors={errors}
        />
        <TextArea name="note" label="Note" defaultValue={one(values, "note")} errors={errors} />
      </fieldset>
      <p className="actions">
        <SubmitButton>{baseVersion !== undefined ? "Save changes" : "Add source"}</SubmitButton>
      </p>
    </form>
  );
}
