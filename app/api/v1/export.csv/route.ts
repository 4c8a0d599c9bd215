import { getDb } from "@/db/client";
import { listCurrentStatements } from "@/db/queries/statements";
import { statementsToCsv } from "@/lib/statement-export";
import { todayIso } from "@/lib/dates";
import { handle } from "../_lib/respond";

/** GET /api/v1/export.csv: every current statement in the import format. */
export function GET() {
  return handle(
    () =>
      new Response(statementsToCsv(listCurrentStatements(getDb())), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="coalition-statements-${todayIso()}.csv"`,
        },
      }),
  );
}
