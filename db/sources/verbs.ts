/**
 * The source write verbs both doors call (the server actions and the REST routes): each validates
 * the submitted values (form or JSON, same names) and writes in one transaction, or throws a typed
 * error (db/errors.ts) that app/_lib/write-verb.ts maps to the form or to an HTTP answer.
 */
import "server-only";
import { z } from "zod";
import type { Db } from "../client";
import { NotFoundError, ValidationError } from "../errors";
import { single, type FormValues } from "@/lib/validation/form-values";
import type { EditableSource } from "./read";
import { baseVersionField, fillSourceValues, sourceFormSchema } from "./validation";
import { createSource, editSource, type SourceInput } from "./versions";

const BASE_REQUIRED = "required: the version you edited";

function parse(values: FormValues): { ok: true; data: SourceInput } | { ok: false; fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const parsed = sourceFormSchema.safeParse(fillSourceValues(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  const flat = z.flattenError(parsed.error);
  return { ok: false, fieldErrors: flat.fieldErrors as Record<string, string[]>, formErrors: flat.formErrors };
}

export function validSourceId(id: unknown): id is number {
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0;
}

/** Record: validates the values and writes the new source with its audit entry. */
export function recordSource(db: Db, values: FormValues, actor: string): EditableSource {
  const form = parse(values);
  if (!form.ok) throw new ValidationError(form.fieldErrors, form.formErrors);
  return createSource(db, form.data, actor);
}

/**
 * Edit: validates every field plus `baseVersion` (the version the editor opened) and changes the
 * source in place, refused with a ConflictError when a newer version exists.
 */
export function editSourceFromValues(db: Db, sourceId: number, values: FormValues, actor: string): EditableSource {
  const form = parse(values);
  const base = baseVersionField.safeParse(single(values, "baseVersion"));
  if (!form.ok) throw new ValidationError({ ...form.fieldErrors, ...(base.success ? {} : { baseVersion: [BASE_REQUIRED] }) }, form.formErrors);
  if (!validSourceId(sourceId)) throw new NotFoundError("no such source");
  if (!base.success) throw new ValidationError({ baseVersion: [BASE_REQUIRED] }, [], base.error.issues[0]?.message);
  return editSource(db, sourceId, base.data, form.data, actor);
}
