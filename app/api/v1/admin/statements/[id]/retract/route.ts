import { getDb } from "@/db/client";
import { retractStatementFromValues } from "@/db/statements";
import { jsonError, routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { pathId, readJsonValues, withEditor } from "../../../_lib/write";

/** POST /api/v1/admin/statements/{id}/retract {reason, baseVersion}: a retracted version; 409 if stale. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(() => retractStatementFromValues(getDb(), id, body.values, actorOf(editor)), (retracted) => Response.json(retracted));
  });
}
