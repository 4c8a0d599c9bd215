import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { importStatements } from "@/db/statements";
import { actorOf } from "@/lib/auth-session";
import { mergeOutcomes } from "@/db/statements";
import { checkStatementImport } from "@/db/statements";
import { latestStatedOn } from "@/db/statements/form";
import { afterWrite, jsonError, withEditor } from "../_lib/write";

const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * POST /api/v1/admin/import[?dryRun=1] with a statements CSV as the body (text/csv). Every row's
 * outcome (new, duplicate, error). Without dryRun the file is imported all or nothing: any error
 * row means 422 and nothing written; otherwise one transaction, one audit entry per statement.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return withEditor(request, async (editor) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_CSV_BYTES) return jsonError(413, "The file is larger than 20 MB; split it.");
    const checked = checkStatementImport(bytes, latestStatedOn());
    if ("fileError" in checked) return jsonError(400, checked.fileError);
    const dryRun = ["1", "true"].includes(request.nextUrl.searchParams.get("dryRun") ?? "");
    const hasErrors = checked.rows.some((r) => !r.ok);
    const valid = checked.rows.flatMap((r) => (r.ok ? [{ line: r.line, input: r.input }] : []));
    const verdicts = importStatements(getDb(), valid, actorOf(editor), { dryRun: dryRun || hasErrors });
    const result = mergeOutcomes(checked.rows, verdicts);
    if (hasErrors) return Response.json({ error: "Some rows are invalid; nothing was imported.", imported: false, ...result }, { status: 422 });
    if (!dryRun && result.summary.new > 0) afterWrite();
    return Response.json({ imported: !dryRun, ...result });
  });
}
