"use server";
/**
 * Creating and editing summits (events): the session first, then the event's write verb
 * (db/events: it validates the whole form and writes in one transaction), mapped to the form by
 * the shared frame (app/_lib/write-verb.ts). Edits are checked against the version opened. Lands on /events.
 */
import { getDb } from "@/db/client";
import { lastChange } from "@/db/audit";
import { editEventFromValues, recordEvent, type EditableEvent } from "@/db/events";
import { listCountries } from "@/db/reference";
import { actionWrite, refused } from "@/app/_lib/write-verb";
import { actorOf, requireEditor } from "@/app/_lib/session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { formValues, single } from "@/lib/validation/form-values";
import { eventConflict } from "../_lib/entity-values";

type State = FormState<{ conflict?: VersionConflict }>;
// The data layer names fields as the database does; the form as the CSV does.
const FIELD_NAMES = { sourceId: "source_id" };
const landing = (e: EditableEvent) => `/events#${encodeURIComponent(e.slug)}`;

export async function createEventAction(_prev: State, formData: FormData): Promise<State> {
  // The session is checked before anything else: a signed-out request is redirected, unread.
  const editor = await requireEditor();
  const values = formValues(formData);
  return actionWrite(values, () => recordEvent(getDb(), values, actorOf(editor)), { done: landing, fieldNames: FIELD_NAMES });
}

/** Edit in place; the explicit "save mine anyway" button after a conflict submits `confirmBase` = the newer version. */
export async function editEventAction(eventId: number, _prev: State, formData: FormData): Promise<State> {
  const editor = await requireEditor();
  const values = formValues(formData);
  const base = single(values, "confirmBase") || single(values, "baseVersion");
  const db = getDb();
  return actionWrite(values, () => editEventFromValues(db, eventId, { ...values, baseVersion: base }, actorOf(editor)), {
    done: landing,
    fieldNames: FIELD_NAMES,
    nothing: "Nothing was saved",
    conflict: (err): State => {
      const current = err.current as EditableEvent;
      const names = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
      return refused(`Nothing was saved: someone saved version ${current.version} of this summit after you opened version ${base}.`, values, {}, {
        conflict: eventConflict(current, values, names, lastChange(db, "event", eventId)),
      });
    },
  });
}
