import { getDb } from "@/db/client";
import { createEvent } from "@/db/queries/event-writes";
import { actorOf } from "@/lib/auth-session";
import { parseEventForm } from "@/db/events/validation";
import { afterWrite, invalid, readJsonValues, withEditor } from "../_lib/write";

/** POST /api/v1/admin/events {name, held_on, place, participants, summary, quote, quote_language, slug, source_*}. */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const form = parseEventForm(body.values);
    if (!form.ok) return invalid(form.fieldErrors, form.formErrors);
    const created = createEvent(getDb(), form.data, actorOf(editor));
    afterWrite();
    return Response.json(created, { status: 201 });
  });
}
