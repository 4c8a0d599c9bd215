import { z } from "zod";
import { getDb } from "@/db/client";
import { retractStatement } from "@/db/queries/statement-writes";
import { actorOf } from "@/lib/auth-session";
import { baseVersionField } from "@/lib/validation/source-form";
import { retractionSchema } from "@/lib/validation/statement-form";
import { afterWrite, invalid, jsonError, pathId, readJsonValues, withEditor } from "../../../_lib/write";

const schema = retractionSchema.extend({ baseVersion: baseVersionField });

/** POST /api/v1/admin/statements/{id}/retract {reason, baseVersion}: a retracted version; 409 if stale. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const parsed = schema.safeParse({ reason: "", baseVersion: "", ...body.values });
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
    const retracted = retractStatement(getDb(), id, parsed.data.baseVersion, parsed.data.reason, actorOf(editor));
    afterWrite();
    return Response.json(retracted);
  });
}
