import { z } from "zod";
import { getDb } from "@/db/client";
import { editSource } from "@/db/queries/source-writes";
import { actorOf } from "@/lib/auth-session";
import { single } from "@/lib/validation/form-values";
import { baseVersionField, fillSourceValues, sourceFormSchema } from "@/db/sources/validation";
import { afterWrite, invalid, jsonError, pathId, readJsonValues, withEditor } from "../../_lib/write";

/** PATCH /api/v1/admin/sources/{id}: every field as for POST, plus `baseVersion`; 409 if stale. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withEditor(request, async (editor) => {
    const id = pathId((await params).id);
    if (id === null) return jsonError(400, "id: expected a positive integer");
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const parsed = sourceFormSchema.safeParse(fillSourceValues(body.values));
    const base = baseVersionField.safeParse(single(body.values, "baseVersion"));
    if (!parsed.success || !base.success) {
      return invalid({
        ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
        ...(base.success ? {} : { baseVersion: ["required: the version you edited"] }),
      });
    }
    const edited = editSource(getDb(), id, base.data, parsed.data, actorOf(editor));
    afterWrite();
    return Response.json(edited);
  });
}
