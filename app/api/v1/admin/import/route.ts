import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { importStatementFile } from "@/db/statements";
import { actorOf } from "@/app/_lib/session";
import { bodyLimitFor } from "@/lib/http/body-limits";
import { afterWrite, jsonError, readBodyBytes, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/import[?dryRun=1] with a statements CSV as the body (text/csv). Every row's
 * outcome (new, duplicate, error), from the same import verb as the browser (db/statements/import-file.ts).
 * Without dryRun the file is imported all or nothing: any error row means 422 and nothing written;
 * otherwise one transaction, one audit entry per statement. Under review (REVIEW_REQUIRED=1) a
 * file to import becomes one draft batch instead: 202 with `draft.id`.
 * The body is read whole, up to its limit (20 MiB, lib/http/body-limits.ts), before anything is parsed;
 * proxy.ts's matcher leaves this route out, so Next's proxied-body buffer never cuts it short.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readBodyBytes(request, bodyLimitFor(request.nextUrl.pathname));
    if ("error" in body) return body.error;
    const dryRun = ["1", "true"].includes(request.nextUrl.searchParams.get("dryRun") ?? "");
    const result = importStatementFile(getDb(), body.bytes, actorOf(editor), { dryRun });
    if ("fileError" in result) return jsonError(400, result.fileError);
    const { rows, summary, imported, hasErrors } = result;
    if (hasErrors) return Response.json({ error: "Some rows are invalid; nothing was imported.", imported: false, rows, summary }, { status: 422 });
    // Under review (REVIEW_REQUIRED=1) the file became one draft batch: 202, nothing public yet.
    if (result.draftId !== undefined) return Response.json({ imported, draft: { id: result.draftId, kind: "import" }, rows, summary }, { status: 202 });
    if (imported && summary.new > 0) afterWrite();
    return Response.json({ imported, rows, summary });
  });
}
