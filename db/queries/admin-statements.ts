import "server-only";
import type { Db } from "../client";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, type StatementDto, type StatementRow } from "./statement-rows";

/**
 * Current versions (published and retracted) for the editors' list: most recently changed first,
 * optionally for one country.
 */
export function listStatementsForEditors(db: Db, { country, limit = 200 }: { country?: string; limit?: number } = {}): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.superseded_at is null ${country ? "and s.country_iso3 = @country" : ""}
       order by s.recorded_at desc, s.statement_id desc limit @limit`,
    )
    .all(country ? { country, limit } : { limit }) as StatementRow[];
  return rows.map(toStatementDto);
}
