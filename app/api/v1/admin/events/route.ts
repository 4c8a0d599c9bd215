import { getDb } from "@/db/client";
import { recordEvent } from "@/db/events";
import { routeWrite } from "@/app/_lib/write-verb";
import { actorOf } from "@/app/_lib/session";
import { readJsonValues, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/events {name, held_on, place, participants, summary, quote, quote_language, slug, source_*}:
 * the same write verb as the form (db/events). 201 with the event.
 */
export async function POST(request: Request): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readJsonValues(request);
    if ("error" in body) return body.error;
    return routeWrite(
      () => recordEvent(getDb(), body.values, actorOf(editor)),
      (created) => Response.json(created, { status: 201 }),
    );
  });
}
