import "server-only";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./statement-rows";

/** A country's published statements as visible at `known` (or now), newest stated first. */
export function listCountryStatements(db: Db, iso3: string, known: number | null = null): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.country_iso3 = @iso3 and s.status = 'published' and ${visibleAt(known)}
       order by s.stated_on desc, s.statement_id desc`,
    )
    .all(known === null ? { iso3 } : { iso3, known }) as StatementRow[];
  return rows.map(toStatementDto);
}

export type StatementWithVersions = { current: StatementDto; versions: StatementDto[] };

/** One logical statement: its current version and every version, oldest first. */
export function getStatement(db: Db, statementId: number): StatementWithVersions {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.statement_id = ? order by s.version`,
    )
    .all(statementId) as StatementRow[];
  const versions = rows.map(toStatementDto);
  const current = versions.find((v) => v.supersededAt === null);
  if (!current) throw new NotFoundError(`No statement with id ${statementId}`);
  return { current, versions };
}

/** Every current published statement, in a stable order (country, date, id) for export. */
export function listCurrentStatements(db: Db): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.superseded_at is null and s.status = 'published'
       order by s.country_iso3, s.stated_on, s.statement_id`,
    )
    .all() as StatementRow[];
  return rows.map(toStatementDto);
}
