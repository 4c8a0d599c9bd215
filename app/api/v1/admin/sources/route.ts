import { z } from "zod";
import { getDb } from "@/db/client";
import { createSource } from "@/db/queries/source-writes";
import { actorOf } from "@/lib/auth-session";
import { fillSourceValues, sourceFormSchema } from "@/db/sources/validation";
import { afterWrite, invalid, readJsonValues, withEditor } from "../_lib/write";

/** POST /api/v1/admin/sources {title, publisher, url, published_on, language, retrieved_on, archived_url, note}. */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const parsed = sourceFormSchema.safeParse(fillSourceValues(body.values));
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
    const created = createSource(getDb(), parsed.data, actorOf(editor));
    afterWrite();
    return Response.json(created, { status: 201 });
  });
}
