import { getDb } from "@/db/client";
import { editSourceFromValues } from "@/db/sources";
import { routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { jsonError, pathId, readJsonValues, withEditor } from "../../_lib/write";

/** PATCH /api/v1/admin/sources/{id}: every field as for POST, plus `baseVersion`; 409 if stale. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(
      () => editSourceFromValues(getDb(), id, body.values, actorOf(editor)),
      (edited) => Response.json(edited),
    );
  });
}
