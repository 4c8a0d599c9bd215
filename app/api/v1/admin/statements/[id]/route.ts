import { getDb } from "@/db/client";
import { editStatementFromValues } from "@/db/statements";
import { jsonError, routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { pathId, readJsonValues, withEditor } from "../../_lib/write";

/**
 * PATCH /api/v1/admin/statements/{id}: a new version with the given fields (all of them, as for
 * POST) plus `baseVersion`, the version the change was made from. 409 with `current` when a newer
 * version exists; nothing is overwritten.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(() => editStatementFromValues(getDb(), id, body.values, actorOf(editor)), (edited) => Response.json(edited));
  });
}
