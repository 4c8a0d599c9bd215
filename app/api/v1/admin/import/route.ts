import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { importStatements } from "@/db/queries/import-statements";
import { actorOf } from "@/lib/auth-session";
import { mergeOutcomes } from "@/lib/import-preview";
import { checkStatementImport } from "@/lib/statement-import";
import { latestStatedOn } from "@/lib/validation/statement-form";
import { bodyLimitFor } from "@/lib/http/body-limits";
import { afterWrite, jsonError, readBodyBytes, withEditor } from "../_lib/write";

/**
 * POST /api/v1/admin/import[?dryRun=1] with a statements CSV as the body (text/csv). Every row's
 * outcome (new, duplicate, error). Without dryRun the file is imported all or nothing: any error
 * row means 422 and nothing written; otherwise one transaction, one audit entry per statement.
 * The body is read whole, up to its limit (20 MiB, lib/http/body-limits.ts), before anything is parsed;
 * proxy.ts's matcher leaves this route out, so Next's proxied-body buffer never cuts it short.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return withEditor(request, async (editor) => {
    const body = await readBodyBytes(request, bodyLimitFor(request.nextUrl.pathname));
    if ("error" in body) return body.error;
    const checked = checkStatementImport(body.bytes, latestStatedOn());
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
