import { getDb } from "@/db/client";

/** Readiness: answers 200 once the database can be read. Used by tests and process supervisors. */
export function GET() {
  try {
    getDb().$client.prepare("select count(*) from stance_categories").get();
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
