"use server";
/** Creating and editing summits (events); edits are checked against the version opened. Lands on /events. */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { ConflictError } from "@/db/errors";
import { createEvent, editEvent, type EditableEvent } from "@/db/queries/event-writes";
import { lastChange } from "@/db/queries/history";
import { listCountries } from "@/db/queries/reference";
import { refused, refusedFromError, validatedAction } from "@/app/_lib/write-verb";
import { actorOf } from "@/lib/auth-session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { parseEventForm } from "@/db/events/validation";
import { single, type FormValues } from "@/lib/validation/form-values";
import { baseVersionField } from "@/db/sources/validation";
import { revalidatePublicViews } from "../_lib/revalidate";
import { eventConflict } from "../_lib/entity-values";

type State = FormState<{ conflict?: VersionConflict }>;
const FIELD_NAMES = { sourceId: "source_id" };
const validate = (values: FormValues) => parseEventForm(values);

export const createEventAction = validatedAction(validate, async (data, { editor, values }): Promise<State> => {
  let slug: string;
  try {
    slug = createEvent(getDb(), data, actorOf(editor)).slug;
  } catch (err) {
    return refusedFromError(err, values, FIELD_NAMES);
  }
  revalidatePublicViews();
  redirect(`/events#${encodeURIComponent(slug)}`);
});

export async function editEventAction(eventId: number, prev: State, formData: FormData): Promise<State> {
  return validatedAction(validate, async (data, { editor, values }): Promise<State> => {
    if (!Number.isSafeInteger(eventId) || eventId < 1) return refused("Nothing was saved: no such summit.", values);
    const base = baseVersionField.safeParse(single(values, "confirmBase") || single(values, "baseVersion"));
    if (!base.success) return refused(`Nothing was saved: ${base.error.issues[0]?.message}.`, values);
    const db = getDb();
    let slug: string;
    try {
      slug = editEvent(db, eventId, base.data, data, actorOf(editor)).slug;
    } catch (err) {
      if (err instanceof ConflictError) {
        const current = err.current as EditableEvent;
        const names = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
        return refused(`Nothing was saved: someone saved version ${current.version} of this summit after you opened version ${base.data}.`, values, {}, {
          conflict: eventConflict(current, values, names, lastChange(db, "event", eventId)),
        });
      }
      return refusedFromError(err, values, FIELD_NAMES);
    }
    revalidatePublicViews();
    redirect(`/events#${encodeURIComponent(slug)}`);
  })(prev, formData);
}
