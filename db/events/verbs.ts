/**
 * The event write verbs both doors call (server actions and REST routes): validate the submitted
 * values (form or JSON, same names), then write in one transaction, or throw a typed error
 * (db/errors.ts) that app/_lib/write-verb.ts maps to the form or to an HTTP answer.
 */
import "server-only";
import type { Db } from "../client";
import { NotFoundError, ValidationError } from "../errors";
import { single, type FormValues } from "@/lib/validation/form-values";
import { baseVersionField } from "../sources/validation";
import type { EditableEvent } from "./read";
import { parseEventForm } from "./validation";
import { createEvent, editEvent } from "./versions";

const BASE_REQUIRED = "required: the version you edited";

export function validEventId(id: unknown): id is number {
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0;
}

/** Record: validates the values and writes the event, its participants and audit entry. */
export function recordEvent(db: Db, values: FormValues, actor: string): EditableEvent {
  const form = parseEventForm(values);
  if (!form.ok) throw new ValidationError(form.fieldErrors, form.formErrors);
  return createEvent(db, form.data, actor);
}

/** Edit: validates every field plus `baseVersion`, refused with a ConflictError when a newer version exists. */
export function editEventFromValues(db: Db, eventId: number, values: FormValues, actor: string): EditableEvent {
  const form = parseEventForm(values);
  const base = baseVersionField.safeParse(single(values, "baseVersion"));
  if (!form.ok) throw new ValidationError({ ...form.fieldErrors, ...(base.success ? {} : { baseVersion: [BASE_REQUIRED] }) }, form.formErrors);
  if (!validEventId(eventId)) throw new NotFoundError("no such summit");
  if (!base.success) throw new ValidationError({ baseVersion: [BASE_REQUIRED] }, [], base.error.issues[0]?.message);
  return editEvent(db, eventId, base.data, form.data, actor);
}
