/**
 * The doors' shared frame for writes. Both doors (server actions in app/admin/_actions and REST
 * routes in app/api/v1/admin) call the same write verb (db/<noun>); this file holds the ONE mapping
 * of its domain errors to a form state (toFormState) and to an HTTP answer (toHttpResponse), the
 * one jsonError, and the revalidation after every successful write (afterWrite).
 *
 * The shape every admin server action shares (after nextjs/saas-starter's validatedAction): check
 * the session, validate the whole form with zod, and only then call the body. A refused form comes
 * back as field errors (z.flattenError) plus the submitted values, so the form re-renders with
 * what the editor typed, whether or not JavaScript is running (useActionState).
 */
import "server-only";
import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formatSavedFlash, SAVED_FLASH_COOKIE, SAVED_FLASH_MAX_AGE_SECONDS, type SavedFlash } from "@/lib/http/saved-flash";
import { DatabaseUnavailableError } from "@/db/client";
import { ConflictError, InvalidInputError, NotFoundError, ValidationError } from "@/db/errors";
import { requireAdmin, requireEditor, type Editor } from "@/app/_lib/session";
import type { FieldErrors, FormState } from "@/lib/form-state";
import { echoValues, formValues, type FormValues } from "@/lib/validation/form-values";
import { revalidatePublicViews } from "@/app/admin/_lib/revalidate";
import { isDraft, SelfApprovalError, type DraftSaved } from "@/db/review";

/** Where an editor lands after a save under review: the review page, which names the draft. */
export function draftSavedPath(saved: DraftSaved): string {
  return `/admin/review?saved=${saved.draft.id}`;
}

export type { FieldErrors, FormState } from "@/lib/form-state";

/** A refused form: the message, each field's errors and the values to show again. */
export function refused<T = unknown>(message: string, values: FormValues, fieldErrors: FieldErrors = {}, data?: T): FormState<T> {
  return { status: "error", message, fieldErrors, values: echoValues(values), ...(data === undefined ? {} : { data }) };
}

/** The usual message when some fields are wrong, opening with the refusal's wording. */
export function fixFields(nothing = "Nothing was saved"): string {
  return `${nothing}: please correct the fields marked below.`;
}

/** The editors' form of it: "Nothing was saved: please correct the fields marked below." */
export const FIX_FIELDS = fixFields();

/** Fields a form carries hidden: their errors cannot be shown beside them. */
const HIDDEN_FIELDS = new Set(["baseVersion", "confirmBase"]);

/**
 * Maps a write verb's typed errors to a refused form. `fieldNames` renames the data layer's keys
 * (countryIso3) to the form's (country); `nothing` words a refusal ("Nothing was saved"), the one
 * pointing at marked fields too ("Nothing was sent: please correct…") unless `fix` gives that
 * message (the review, retraction and suggestion-handling forms keep FIX_FIELDS there).
 * Unexpected errors are logged and reported generically; a ConflictError is left to the caller,
 * which knows how to show the newer version.
 */
export function toFormState<T = unknown>(
  err: unknown,
  values: FormValues,
  { fieldNames = {}, nothing = "Nothing was saved", fix = fixFields(nothing) }: { fieldNames?: Record<string, string>; nothing?: string; fix?: string } = {},
): FormState<T> {
  if (err instanceof ValidationError) {
    const shown = Object.keys(err.fieldErrors).some((k) => !HIDDEN_FIELDS.has(k));
    const extra = err.formErrors.length > 0 ? ` ${err.formErrors.join(" ")}` : "";
    if (shown || extra) return refused(fix + extra, values, err.fieldErrors);
    return refused(`${nothing}: ${err.message}.`, values);
  }
  if (err instanceof InvalidInputError) {
    const fieldErrors: FieldErrors = {};
    for (const [key, messages] of Object.entries(err.fieldErrors)) fieldErrors[fieldNames[key] ?? key] = messages;
    return refused(Object.keys(fieldErrors).length > 0 ? fix : `${nothing}: ${err.message}.`, values, fieldErrors);
  }
  if (err instanceof NotFoundError) return refused(`${nothing}: ${err.message}.`, values);
  if (err instanceof ConflictError) throw err;
  console.error(err);
  return refused(`${nothing}: an unexpected error occurred. Please try again.`, values);
}

/** The former name, for the actions that validate before calling their verb. */
export function refusedFromError<T = unknown>(err: unknown, values: FormValues, fieldNames: Record<string, string> = {}): FormState<T> {
  return toFormState<T>(err, values, { fieldNames });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status });
}

/** The same typed errors as an HTTP answer: 400 with field errors, 403 for self-approval, 404, 409 with `current`, 503, else 500. */
export function toHttpResponse(err: unknown): Response {
  if (err instanceof SelfApprovalError) return jsonError(403, err.message);
  if (err instanceof ValidationError) return jsonError(400, ["Invalid input.", ...err.formErrors].join(" "), { fieldErrors: err.fieldErrors });
  if (err instanceof ConflictError) return jsonError(409, err.message, { current: err.current });
  if (err instanceof InvalidInputError) return jsonError(400, err.message, { fieldErrors: err.fieldErrors });
  if (err instanceof NotFoundError) return jsonError(404, err.message);
  if (err instanceof DatabaseUnavailableError) return jsonError(503, "The database is unavailable.");
  console.error(err);
  return jsonError(500, "Internal error.");
}

/** After a successful write, from either door: every public view shows it at once. */
export function afterWrite(from: "action" | "route"): void {
  revalidatePublicViews(from);
}

/**
 * A write verb run from a server action: on success, revalidate and go to `done(result)`; on a
 * ConflictError, `conflict` builds the state that shows the newer version; otherwise toFormState.
 */
export async function actionWrite<R extends object, T = unknown>(
  values: FormValues,
  write: () => R | DraftSaved,
  opts: {
    done: (result: R) => string;
    /** The version saved, told once on the page `done` lands on (components/ui/saved-notice.tsx). */
    saved?: (result: R) => SavedFlash;
    conflict?: (err: ConflictError) => FormState<T>;
    fieldNames?: Record<string, string>;
    nothing?: string;
    fix?: string;
  },
): Promise<FormState<T>> {
  let result: R | DraftSaved;
  try {
    result = write();
  } catch (err) {
    if (err instanceof ConflictError && opts.conflict) return opts.conflict(err);
    return toFormState<T>(err, values, opts);
  }
  // Under review (REVIEW_REQUIRED=1) the verb saved a draft: nothing public changed, so nothing is
  // revalidated, and the editor lands on the review page that says so.
  if (isDraft(result)) redirect(draftSavedPath(result));
  afterWrite("action");
  const target = opts.done(result);
  if (opts.saved) {
    (await cookies()).set(SAVED_FLASH_COOKIE, formatSavedFlash(opts.saved(result)), {
      path: "/",
      maxAge: SAVED_FLASH_MAX_AGE_SECONDS,
      sameSite: "lax",
      // Read by the page's script: it only tells the editor who saved which version is now shown.
      httpOnly: false,
    });
  }
  redirect(target);
}

/** A write verb run from a route (inside withEditor, which maps its errors): revalidates when it changed something. */
export function routeWrite<R extends object>(write: () => R | DraftSaved, respond: (result: R) => Response, changed: (result: R) => boolean = () => true): Response {
  const result = write();
  // Under review: 202 with the draft, published (and revalidated) only once another editor approves it.
  if (isDraft(result)) return Response.json({ ...result, message: "Saved as a draft for review: another editor must approve it before it is public." }, { status: 202 });
  if (changed(result)) afterWrite("route");
  return respond(result);
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
