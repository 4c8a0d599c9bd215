import { getDb } from "@/db/client";
import { rejectDraft } from "@/db/review";
import { jsonError } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { single } from "@/lib/validation/form-values";
import { pathId, readJsonValues, withEditor } from "../../../_lib/write";

/** POST /api/v1/admin/review/{id}/reject {reason}: the draft stays, rejected, with the required reason. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    // Nothing public changes: no revalidation.
    return Response.json(rejectDraft(getDb(), id, actorOf(editor), single(body.values, "reason")));
  });
}
