import { getDb } from "@/db/client";
import { recordSource } from "@/db/sources";
import { routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { readJsonValues, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/sources {title, publisher, url, published_on, language, retrieved_on, archived_url, note}:
 * the same write verb as the form (db/sources). 201 with the source.
 */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(
      () => recordSource(getDb(), body.values, actorOf(editor)),
      (created) => Response.json(created, { status: 201 }),
    );
  });
}
