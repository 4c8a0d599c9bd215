import { getDb } from "@/db/client";
import { listCurrentStatements } from "@/db/statements";
import { statementsToCsv } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { cachedResponse } from "../_lib/cached";
import { handle } from "../_lib/respond";

/** GET /api/v1/export.csv: every current statement in the import format (cached until the next write). */
export function GET(request: Request) {
  return handle(() =>
    cachedResponse(request, "export.csv", () => statementsToCsv(listCurrentStatements(getDb())), {
      contentType: "text/csv; charset=utf-8",
      headers: { "content-disposition": `attachment; filename="coalition-statements-${todayIso()}.csv"` },
    }),
  );
}
