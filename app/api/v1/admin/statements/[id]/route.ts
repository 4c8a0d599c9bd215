import { getDb } from "@/db/client";
import { editStatement } from "@/db/queries/statement-writes";
import { actorOf } from "@/lib/auth-session";
import { single } from "@/lib/validation/form-values";
import { baseVersionField } from "@/lib/validation/source-form";
import { parseStatementForm } from "@/lib/validation/statement-form";
import { afterWrite, invalid, jsonError, pathId, readJsonValues, withEditor } from "../../_lib/write";

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
    const base = baseVersionField.safeParse(single(body.values, "baseVersion"));
    const form = parseStatementForm(body.values);
    if (!form.ok || !base.success) {
      return invalid({ ...(form.ok ? {} : form.fieldErrors), ...(base.success ? {} : { baseVersion: ["required: the version you edited"] }) });
    }
    const edited = editStatement(getDb(), id, base.data, form.data, actorOf(editor), form.data.changeReason);
    afterWrite();
    return Response.json(edited);
  });
}
