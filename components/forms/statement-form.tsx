"use client";
/**
 * Recording or editing a statement. Works without JavaScript: a plain form posting to a server
 * action; the country and source type-aheads are <datalist>s. A refused form comes back with each
 * error next to its field and everything typed kept. An edit carries the version it was opened at
 * (`baseVersion`) so a save from a stale version is refused with the newer version shown.
 */
import { useActionState } from "react";
import type { FormAction, FormState, VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { CONFIDENCE_LEVELS, CONTRIBUTION_KEYS } from "@/lib/types";
import { CheckboxGroup, SelectField, TextArea, TextField } from "./field";
import { CitationFieldset, type SourceOption } from "./citation-fieldset";
import { ConflictNotice } from "./conflict-notice";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

export type StatementFormProps = {
  action: FormAction<{ conflict?: VersionConflict }>;
  initial: FormValues;
  /** Set when editing: the version the form shows. */
  baseVersion?: number;
  /** Where "discard mine" goes on a conflict (the edit page, freshly loaded). */
  reloadHref?: string;
  countries: { iso3: string; name: string }[];
  sources: SourceOption[];
  stances: { key: string; label: string }[];
};

const label = (key: string) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

function one(values: FormValues, key: string): string {
  const x = values[key];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}

function many(values: FormValues, key: string): string[] {
  const x = values[key];
  if (x === undefined) return [];
  return Array.isArray(x) ? x : x.split(/[;,]/).filter(Boolean);
}

export function StatementForm({ action, initial, baseVersion, reloadHref, countries, sources, stances }: StatementFormProps) {
  const [state, formAction] = useActionState<FormState<{ conflict?: VersionConflict }>, FormData>(action, { status: "idle" });
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const editing = baseVersion !== undefined;
  return (
    // Remounted per response so every uncontrolled field shows the values sent back.
    <form action={formAction} className="admin-form" key={JSON.stringify(state.values ?? null)} noValidate={false}>
      <FormStatus status={state.status} message={state.message} />
      {state.data?.conflict ? <ConflictNotice conflict={state.data.conflict} reloadHref={reloadHref ?? "."} /> : null}
      {editing ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}

      <fieldset>
        <legend>Who said it, and when</legend>
        <TextField
          name="country"
          label="Country"
          hint="Type a name or ISO code and pick from the list."
          list="country-options"
          required
          autoComplete="off"
          defaultValue={one(values, "country")}
          errors={errors}
        />
        <datalist id="country-options">
          {countries.map((c) => (
            <option key={c.iso3} value={`${c.name} (${c.iso3})`} />
          ))}
        </datalist>
        <TextField
          name="stated_on"
          label="Stated on"
          hint="YYYY-MM-DD, or YYYY-MM when only the month is known (month precision)."
          placeholder="YYYY-MM-DD"
          required
          defaultValue={one(values, "stated_on")}
          errors={errors}
        />
        <TextField name="speaker" label="Speaker" hint="Who said it, e.g. the head of government." defaultValue={one(values, "speaker")} errors={errors} />
      </fieldset>

      <fieldset>
        <legend>What was said</legend>
        <SelectField
          name="stance"
          label="Stance"
          required
          defaultValue={one(values, "stance")}
          options={[{ value: "", label: "— choose —" }, ...stances.map((s) => ({ value: s.key, label: s.label }))]}
          errors={errors}
        />
        <CheckboxGroup
          name="contributions"
          label="Contributions named"
          checked={many(values, "contributions")}
          options={CONTRIBUTION_KEYS.map((k) => ({ value: k, label: label(k) }))}
          errors={errors}
        />
        <TextArea name="conditions" label="Conditions" defaultValue={one(values, "conditions")} errors={errors} />
        <TextArea name="quote" label="Quote" hint="In the original language." rows={4} defaultValue={one(values, "quote")} errors={errors} />
        <TextField name="quote_language" label="Quote language" hint="A language code: en, fr, de, pt-BR…" defaultValue={one(values, "quote_language")} errors={errors} />
      </fieldset>

      <CitationFieldset values={values} errors={errors} sources={sources} />

      <fieldset>
        <legend>Assessment</legend>
        <SelectField
          name="confidence"
          label="Confidence"
          defaultValue={one(values, "confidence") || "medium"}
          options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: label(c) }))}
          errors={errors}
        />
        <TextArea name="note" label="Note" hint="Context for readers: how the date was inferred, what it does not say…" defaultValue={one(values, "note")} errors={errors} />
        {editing ? (
          <TextField name="change_reason" label="Reason for this edit" hint="Shown in the statement's history." defaultValue={one(values, "change_reason")} errors={errors} />
        ) : null}
      </fieldset>

      <p className="actions">
        <SubmitButton>{editing ? "Save as a new version" : "Record statement"}</SubmitButton>
      </p>
    </form>
  );
}
