import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { importStatementFile } from "@/db/statements";
import { actorOf } from "@/lib/auth-session";
import { afterWrite, jsonError, withEditor } from "../_lib/write";

const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * POST /api/v1/admin/import[?dryRun=1] with a statements CSV as the body (text/csv). Every row's
 * outcome (new, duplicate, error), from the same import verb as the browser (db/statements/import-file.ts).
 * Without dryRun the file is imported all or nothing: any error row means 422 and nothing written;
 * otherwise one transaction, one audit entry per statement.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return withEditor(request, async (editor) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_CSV_BYTES) return jsonError(413, "The file is larger than 20 MB; split it.");
    const dryRun = ["1", "true"].includes(request.nextUrl.searchParams.get("dryRun") ?? "");
    const result = importStatementFile(getDb(), bytes, actorOf(editor), { dryRun });
    if ("fileError" in result) return jsonError(400, result.fileError);
    const { rows, summary, imported, hasErrors } = result;
    if (hasErrors) return Response.json({ error: "Some rows are invalid; nothing was imported.", imported: false, rows, summary }, { status: 422 });
    if (imported && summary.new > 0) afterWrite();
    return Response.json({ imported, rows, summary });
  });
}
