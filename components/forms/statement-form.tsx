"use client";
/**
 * Recording or editing a statement (see EntityForm for how it posts, refuses and detects a stale
 * edit); the country and source type-aheads are <datalist>s, so it works without JavaScript.
 */
import { CONFIDENCE_LEVELS, CONTRIBUTION_KEYS } from "@/lib/types";
import { CitationFieldset, type SourceOption } from "./citation-fieldset";
import { EntityForm, type EntityFormProps } from "./entity-form";
import { CheckboxGroup, SelectField, TextArea, TextField } from "./field";

export type StatementFormProps = EntityFormProps & {
  countries: { iso3: string; name: string }[];
  sources: SourceOption[];
  stances: { key: string; label: string }[];
};

const label = (key: string) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

export function StatementForm({ countries, sources, stances, ...props }: StatementFormProps) {
  return (
    <EntityForm {...props} submitLabel={{ create: "Record statement", edit: "Save as a new version" }}>
      {(fields) => {
        const { field, many, editing, errors } = fields;
        return (
          <>
            <fieldset>
              <legend>Who said it, and when</legend>
              <TextField {...field("country")} label="Country" hint="Type a name or ISO code and pick from the list." list="country-options" required autoComplete="off" />
              <datalist id="country-options">
                {countries.map((c) => (
                  <option key={c.iso3} value={`${c.name} (${c.iso3})`} />
                ))}
              </datalist>
              <TextField {...field("stated_on")} label="Stated on" hint="YYYY-MM-DD, or YYYY-MM when only the month is known (month precision)." placeholder="YYYY-MM-DD" required />
              <TextField {...field("speaker")} label="Speaker" hint="Who said it, e.g. the head of government." />
            </fieldset>

            <fieldset>
              <legend>What was said</legend>
              <SelectField {...field("stance")} label="Stance" required options={[{ value: "", label: "— choose —" }, ...stances.map((s) => ({ value: s.key, label: s.label }))]} />
              <CheckboxGroup
                name="contributions"
                label="Contributions named"
                checked={many("contributions")}
                options={CONTRIBUTION_KEYS.map((k) => ({ value: k, label: label(k) }))}
                errors={errors}
              />
              <TextArea {...field("conditions")} label="Conditions" />
              <TextArea {...field("quote")} label="Quote" hint="In the original language." rows={4} />
              <TextField {...field("quote_language")} label="Quote language" hint="A language code: en, fr, de, pt-BR…" />
            </fieldset>

            <CitationFieldset fields={fields} sources={sources} />

            <fieldset>
              <legend>Assessment</legend>
              <SelectField {...field("confidence")} defaultValue={field("confidence").defaultValue || "medium"} label="Confidence" options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: label(c) }))} />
              <TextArea {...field("note")} label="Note" hint="Context for readers: how the date was inferred, what it does not say…" />
              {editing ? <TextField {...field("change_reason")} label="Reason for this edit" hint="Shown in the statement's history." /> : null}
            </fieldset>
          </>
        );
      }}
    </EntityForm>
  );
}
