import { getDb } from "@/db/client";
import { approveDraft } from "@/db/review";
import { jsonError, routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { pathId, withEditor } from "../../../_lib/write";

/**
 * POST /api/v1/admin/review/{id}/approve (REVIEW_REQUIRED=1): publishes the draft through the verb
 * the browser's Approve button calls. 403 for its own author, 409 when stale, 400 when already reviewed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    return routeWrite(() => approveDraft(getDb(), id, actorOf(editor)), (draft) => Response.json(draft));
  });
}
