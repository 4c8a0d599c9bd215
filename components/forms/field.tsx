/**
 * Labelled form fields with their errors wired for assistive technology: the message has an id the
 * input points to (aria-describedby), the input is marked aria-invalid, and errors are announced
 * politely. Inputs are uncontrolled with `defaultValue`, so a refused form shows what was typed.
 */
import type { ReactNode } from "react";

export type FieldErrorMap = Record<string, string[] | undefined>;

type Common = { name: string; label: string; errors?: FieldErrorMap; hint?: ReactNode; required?: boolean; id?: string };

function ids(name: string, id?: string) {
  const base = id ?? `f-${name}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error` };
}

function describedBy(name: string, errors: FieldErrorMap | undefined, hint: ReactNode, id?: string): string | undefined {
  const i = ids(name, id);
  const parts = [hint ? i.hint : null, errors?.[name]?.length ? i.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** The errors of one field, or nothing. */
export function FieldError({ name, errors, id }: { name: string; errors?: FieldErrorMap; id?: string }) {
  const messages = errors?.[name];
  return (
    <div id={ids(name, id).error} className="field-error" aria-live="polite">
      {messages?.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

function Label({ name, label, required, id }: Pick<Common, "name" | "label" | "required" | "id">) {
  return (
    <label htmlFor={ids(name, id).input}>
      {label}
      {required ? <span aria-hidden="true"> *</span> : null}
    </label>
  );
}

function Hint({ name, hint, id }: Pick<Common, "name" | "hint" | "id">) {
  return hint ? (
    <div id={ids(name, id).hint} className="hint">
      {hint}
    </div>
  ) : null;
}

/** The error wiring a field's control carries: its id and name, required, aria-invalid, aria-describedby. */
function controlProps(c: Common) {
  return {
    id: ids(c.name, c.id).input,
    name: c.name,
    required: c.required,
    "aria-invalid": Boolean(c.errors?.[c.name]?.length) || undefined,
    "aria-describedby": describedBy(c.name, c.errors, c.hint, c.id),
  };
}

/** The scaffolding every single-control field shares: label, hint, the control, its errors. */
function Field({ field, children }: { field: Common; children: ReactNode }) {
  const invalid = Boolean(field.errors?.[field.name]?.length);
  return (
    <div className={invalid ? "field invalid" : "field"}>
      <Label {...field} />
      <Hint {...field} />
      {children}
      <FieldError name={field.name} errors={field.errors} id={field.id} />
    </div>
  );
}

export function TextField({
  defaultValue,
  type = "text",
  list,
  inputMode,
  autoComplete,
  placeholder,
  ...c
}: Common & {
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "search";
  list?: string;
  inputMode?: "text" | "numeric" | "url" | "email";
  autoComplete?: string;
  placeholder?: string;
}) {
  return (
    <Field field={c}>
      <input {...controlProps(c)} type={type} defaultValue={defaultValue} list={list} inputMode={inputMode} autoComplete={autoComplete} placeholder={placeholder} />
    </Field>
  );
}

export function TextArea({ defaultValue, rows = 3, ...c }: Common & { defaultValue?: string; rows?: number }) {
  return (
    <Field field={c}>
      <textarea {...controlProps(c)} rows={rows} defaultValue={defaultValue} />
    </Field>
  );
}

export function SelectField({
  defaultValue,
  options,
  ...c
}: Common & { defaultValue?: string; options: readonly { value: string; label: string }[] }) {
  return (
    <Field field={c}>
      <select {...controlProps(c)} defaultValue={defaultValue}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A group of checkboxes sharing one name (submitted as repeated values). */
export function CheckboxGroup({
  checked,
  options,
  ...c
}: Common & { checked: readonly string[]; options: readonly { value: string; label: string }[] }) {
  const invalid = Boolean(c.errors?.[c.name]?.length);
  const i = ids(c.name, c.id);
  return (
    <fieldset className={invalid ? "field checkboxes invalid" : "field checkboxes"} aria-describedby={describedBy(c.name, c.errors, c.hint, c.id)}>
      <legend>{c.label}</legend>
      <Hint {...c} />
      {options.map((o) => (
        <label key={o.value} className="inline">
          <input type="checkbox" name={c.name} value={o.value} defaultChecked={checked.includes(o.value)} id={`${i.input}-${o.value}`} />{" "}
          {o.label}
        </label>
      ))}
      <FieldError name={c.name} errors={c.errors} id={c.id} />
    </fieldset>
  );
}
