import { getDb } from "@/db/client";

/** Readiness: answers 200 once the database can be read. Used by tests and process supervisors. */
export function GET() {
  try {
    getDb().$client.prepare("select count(*) from stance_categories").get();
    return Response.json({ ok: true });
  } catch (err) {
    // The reason (a file path, a permission) is for the operator's log, not for the public answer.
    console.error(`/api/health: ${(err as Error).message}`);
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
