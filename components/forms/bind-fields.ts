/**
 * A form's echoed values and field errors bound once, so each field is written as its name and
 * label only: `<TextField {...field("title")} label="Title" />`.
 */
import { list, single, type FormValues } from "@/lib/validation/form-values";
import type { FieldErrorMap } from "./field";

export type FormFields = {
  values: FormValues;
  errors?: FieldErrorMap;
  /** A single-valued field's name, the value to show and the errors. */
  field: (name: string) => { name: string; defaultValue: string; errors?: FieldErrorMap };
  /** A repeated field's values (checkbox groups). */
  many: (name: string) => string[];
};

export function bindFields(values: FormValues, errors: FieldErrorMap | undefined): FormFields {
  return {
    values,
    errors,
    field: (name) => ({ name, defaultValue: single(values, name), errors }),
    many: (name) => list(values, name),
  };
}
