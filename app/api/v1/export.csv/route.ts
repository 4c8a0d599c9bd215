import { getDb } from "@/db/client";
import { exportStatementsCsv } from "@/db/statements/export-csv";
import { todayIso } from "@/lib/dates";
import { cachedResponse } from "../_lib/cached";
import { handle } from "../_lib/respond";

/**
 * GET /api/v1/export.csv: every current statement in the import format (cached until the next
 * write; rebuilt then from the lines that did not change, db/statements/export-csv.ts).
 */
export function GET(request: Request) {
  return handle(() =>
    cachedResponse(request, "export.csv", () => exportStatementsCsv(getDb()), {
      contentType: "text/csv; charset=utf-8",
      headers: { "content-disposition": `attachment; filename="coalition-statements-${todayIso()}.csv"` },
    }),
  );
}
