"use client";
/** Creating or editing a summit (event): when, where, who took part, and optionally a source. */
import { useActionState } from "react";
import type { FormAction, FormState, VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { TextArea, TextField } from "./field";
import { CitationFieldset, type SourceOption } from "./citation-fieldset";
import { ConflictNotice } from "./conflict-notice";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

function one(values: FormValues, key: string): string {
  const x = values[key];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}

export function EventForm({
  action,
  initial,
  baseVersion,
  reloadHref,
  sources,
}: {
  action: FormAction<{ conflict?: VersionConflict }>;
  initial: FormValues;
  baseVersion?: number;
  reloadHref?: string;
  sources: SourceOption[];
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
        <legend>Summit</legend>
        <TextField name="name" label="Name" required defaultValue={one(values, "name")} errors={errors} />
        <TextField name="held_on" label="Held on" hint="YYYY-MM-DD (the first day)" placeholder="YYYY-MM-DD" required defaultValue={one(values, "held_on")} errors={errors} />
        <TextField name="place" label="Place" defaultValue={one(values, "place")} errors={errors} />
        <TextArea
          name="participants"
          label="Participants"
          hint="Country names or ISO codes, separated by commas: France, GBR, DE…"
          defaultValue={one(values, "participants")}
          errors={errors}
        />
        <TextArea name="summary" label="Summary" rows={4} defaultValue={one(values, "summary")} errors={errors} />
        <TextArea name="quote" label="Quote" defaultValue={one(values, "quote")} errors={errors} />
        <TextField name="quote_language" label="Quote language" hint="en, fr, de…" defaultValue={one(values, "quote_language")} errors={errors} />
        <TextField
          name="slug"
          label="Slug"
          hint="For its address; leave empty to make one from the name and date."
          defaultValue={one(values, "slug")}
          errors={errors}
        />
      </fieldset>
      <CitationFieldset values={values} errors={errors} sources={sources} optional />
      <p className="actions">
        <SubmitButton>{baseVersion !== undefined ? "Save changes" : "Add summit"}</SubmitButton>
      </p>
    </form>
  );
}
