/**
 * What a submitted form holds, as plain strings, for validation and for echoing back into the form
 * when it is refused (so the editor never retypes anything).
 */

/** A submitted form: one string per field, or several for repeated names (checkbox groups). */
export type FormValues = Record<string, string | string[]>;

/** Fields never echoed back into a page. */
const SECRET_FIELDS = new Set(["password", "newPassword"]);

/**
 * Reads a FormData into FormValues: React's `$ACTION_*` bookkeeping fields and uploaded files are
 * left out; a name that appears more than once becomes an array.
 */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION_") || typeof value !== "string") continue;
    const seen = values[key];
    if (seen === undefined) values[key] = value;
    else values[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return values;
}

/** The values safe to send back to the browser (no passwords). */
export function echoValues(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/** A field's single value ("" when absent; the first when repeated). */
export function single(values: FormValues, key: string): string {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

/** A field's values as a list (checkbox groups); a lone string is split on ";" or ",". */
export function list(values: FormValues, key: string): string[] {
  const v = values[key];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : v.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
}
