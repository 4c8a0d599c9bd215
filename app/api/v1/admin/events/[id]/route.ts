import { getDb } from "@/db/client";
import { editEvent } from "@/db/queries/event-writes";
import { actorOf } from "@/lib/auth-session";
import { parseEventForm } from "@/db/events/validation";
import { single } from "@/lib/validation/form-values";
import { baseVersionField } from "@/db/sources/validation";
import { afterWrite, invalid, jsonError, pathId, readJsonValues, withEditor } from "../../_lib/write";

/** PATCH /api/v1/admin/events/{id}: every field as for POST, plus `baseVersion`; 409 if stale. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const form = parseEventForm(body.values);
    const base = baseVersionField.safeParse(single(body.values, "baseVersion"));
    if (!form.ok || !base.success) {
      return invalid({ ...(form.ok ? {} : form.fieldErrors), ...(base.success ? {} : { baseVersion: ["required: the version you edited"] }) });
    }
    const edited = editEvent(getDb(), id, base.data, form.data, actorOf(editor));
    afterWrite();
    return Response.json(edited);
  });
}
