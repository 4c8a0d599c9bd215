/**
 * The shape every admin server action shares (after nextjs/saas-starter's validatedAction): check
 * the session, validate the whole form with zod, and only then call the body. A refused form comes
 * back as field errors (z.flattenError) plus the submitted values, so the form re-renders with
 * what the editor typed, whether or not JavaScript is running (useActionState).
 */
import "server-only";
import { z } from "zod";
import { ConflictError, InvalidInputError, NotFoundError } from "@/db/errors";
import { requireAdmin, requireEditor, type Editor } from "./auth-session";
import type { FieldErrors, FormState } from "./form-state";
import { echoValues, formValues, type FormValues } from "./validation/form-values";

export type { FieldErrors, FormState } from "./form-state";

/** A refused form: the message, each field's errors and the values to show again. */
export function refused<T = unknown>(message: string, values: FormValues, fieldErrors: FieldErrors = {}, data?: T): FormState<T> {
  return { status: "error", message, fieldErrors, values: echoValues(values), ...(data === undefined ? {} : { data }) };
}

/** The usual message when some fields are wrong. */
export const FIX_FIELDS = "Nothing was saved: please correct the fields marked below.";

/**
 * Maps the data layer's typed errors to a refused form. Unexpected errors are logged and reported
 * generically; a ConflictError is left to the caller, which knows how to show the newer version.
 */
export function refusedFromError<T = unknown>(err: unknown, values: FormValues, fieldNames: Record<string, string> = {}): FormState<T> {
  if (err instanceof InvalidInputError) {
    const fieldErrors: FieldErrors = {};
    for (const [key, messages] of Object.entries(err.fieldErrors)) fieldErrors[fieldNames[key] ?? key] = messages;
    return refused(Object.keys(fieldErrors).length > 0 ? FIX_FIELDS : `Nothing was saved: ${err.message}.`, values, fieldErrors);
  }
  if (err instanceof NotFoundError) return refused(`Nothing was saved: ${err.message}.`, values);
  if (err instanceof ConflictError) throw err;
  console.error(err);
  return refused("Nothing was saved: an unexpected error occurred. Please try again.", values);
}

/** Turns form values into typed input, or field errors. */
export type Validator<D> = (
  values: FormValues,
) => { ok: true; data: D } | { ok: false; fieldErrors: FieldErrors; formErrors?: string[] };

/** A Validator from a zod schema over the raw form values. */
export function fromSchema<S extends z.ZodType>(schema: S): Validator<z.output<S>> {
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { ok: true, data: parsed.data };
    const flat = z.flattenError(parsed.error);
    return { ok: false, fieldErrors: flat.fieldErrors as FieldErrors, formErrors: flat.formErrors };
  };
}

type Body<D, T> = (data: D, ctx: { editor: Editor; values: FormValues; formData: FormData }) => Promise<FormState<T>>;

function wrap<D, T>(require: () => Promise<Editor>, validate: Validator<D>, body: Body<D, T>) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    // The session is checked before anything else: a signed-out request is redirected, unread.
    const editor = await require();
    const values = formValues(formData);
    const result = validate(values);
    if (!result.ok) {
      const extra = result.formErrors && result.formErrors.length > 0 ? ` ${result.formErrors.join(" ")}` : "";
      return refused(FIX_FIELDS + extra, values, result.fieldErrors);
    }
    return body(result.data, { editor, values, formData });
  };
}

/** A server action for editors and admins: session, then validation of the whole form, then `body`. */
export function validatedAction<D, T = unknown>(validate: Validator<D> | z.ZodType<D>, body: Body<D, T>) {
  return wrap(() => requireEditor(), toValidator(validate), body);
}

/** The same, for admins only. */
export function validatedAdminAction<D, T = unknown>(validate: Validator<D> | z.ZodType<D>, body: Body<D, T>) {
  return wrap(() => requireAdmin(), toValidator(validate), body);
}

function toValidator<D>(v: Validator<D> | z.ZodType<D>): Validator<D> {
  return v instanceof z.ZodType ? fromSchema(v) : v;
}
