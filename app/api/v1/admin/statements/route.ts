import { getDb } from "@/db/client";
import { createStatement } from "@/db/queries/statement-writes";
import { actorOf } from "@/lib/auth-session";
import { parseStatementForm } from "@/lib/validation/statement-form";
import { afterWrite, invalid, readJsonValues, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/statements: record a statement (editor session required). The body takes the
 * form's fields: country, stated_on, stance, contributions (list or "a;b"), conditions, quote,
 * quote_language, speaker, confidence, note, and source_id (an existing source) or source_title,
 * source_publisher, source_url, source_published_on (a new one). 201 with the statement.
 */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    const form = parseStatementForm(body.values);
    if (!form.ok) return invalid(form.fieldErrors, form.formErrors);
    const created = createStatement(getDb(), form.data, actorOf(editor));
    afterWrite();
    return Response.json(created, { status: 201, headers: { Location: `/api/v1/statements/${created.current.id}` } });
  });
}
