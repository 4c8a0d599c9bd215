"use client";
/**
 * Recording or editing a statement (see EntityForm for how it posts, refuses and detects a stale
 * edit); the country and source type-aheads are <datalist>s, so it works without JavaScript.
 * The fields come as props (db/statements/fields.ts's form spec) and are rendered generically.
 */
import type { FormFieldSpec } from "@/db/statements/fields";
import { CitationFieldset, type SourceOption } from "./citation-fieldset";
import { EntityForm, type EntityFormProps } from "./entity-form";
import type { FormFields } from "./bind-fields";
import { CheckboxGroup, SelectField, TextArea, TextField } from "./field";

export type StatementFormProps = EntityFormProps & {
  countries: { iso3: string; name: string }[];
  sources: SourceOption[];
  fields: FormFieldSpec[];
};

function Control({ spec, fields }: { spec: FormFieldSpec; fields: FormFields }) {
  const { field, many, errors } = fields;
  const common = { label: spec.label, hint: spec.hint, required: spec.required };
  const c = spec.control;
  switch (c.kind) {
    case "textarea":
      return <TextArea {...field(spec.name)} {...common} rows={c.rows} />;
    case "select": {
      const options = c.empty === undefined ? c.options : [{ value: "", label: c.empty }, ...c.options];
      const bound = field(spec.name);
      return <SelectField {...bound} defaultValue={bound.defaultValue || c.fallback || ""} {...common} options={options} />;
    }
    case "checkboxes":
      return <CheckboxGroup name={spec.name} {...common} checked={many(spec.name)} options={c.options} errors={errors} />;
    default:
      return (
        <TextField
          {...field(spec.name)}
          {...common}
          placeholder={c.placeholder}
          list={c.datalist ? "country-options" : undefined}
          autoComplete={c.datalist ? "off" : undefined}
        />
      );
  }
}

export function StatementForm({ countries, sources, fields: specs, ...props }: StatementFormProps) {
  const group = (g: FormFieldSpec["group"], fields: FormFields) =>
    specs.filter((s) => s.group === g).map((s) => <Control key={s.name} spec={s} fields={fields} />);
  return (
    <EntityForm {...props} submitLabel={{ create: "Record statement", edit: "Save as a new version" }}>
      {(fields) => (
        <>
          <fieldset>
            <legend>Who said it, and when</legend>
            {group("who", fields)}
            <datalist id="country-options">
              {countries.map((c) => (
                <option key={c.iso3} value={`${c.name} (${c.iso3})`} />
              ))}
            </datalist>
          </fieldset>

          <fieldset>
            <legend>What was said</legend>
            {group("what", fields)}
          </fieldset>

          <CitationFieldset fields={fields} sources={sources} corroborating />

          <fieldset>
            <legend>Assessment</legend>
            {group("assessment", fields)}
            {fields.editing ? <TextField {...fields.field("change_reason")} label="Reason for this edit" hint="Shown in the statement's history." /> : null}
          </fieldset>
        </>
      )}
    </EntityForm>
  );
}
