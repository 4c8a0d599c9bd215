import { getDb } from "@/db/client";
import { recordStatement } from "@/db/statements";
import { routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { readJsonValues, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/statements: record a statement (editor session required). The body takes the
 * form's fields (db/statements/fields.ts: country, stated_on, stance, contributions (list or "a;b"),
 * conditions, quote, …) and source_id (an existing source) or source_title, source_publisher,
 * source_url, source_published_on (a new one). 201 with the statement.
 */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(
      () => recordStatement(getDb(), body.values, actorOf(editor)),
      (created) => Response.json(created, { status: 201, headers: { Location: `/api/v1/statements/${created.current.id}` } }),
    );
  });
}
