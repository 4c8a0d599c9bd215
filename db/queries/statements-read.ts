import "server-only";
import type { Db } from "../client";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./statement-rows";
import type { StatementWithVersions } from "./statements";

/**
 * Every logical statement about a country (retracted ones included, so their reasons can be shown),
 * each with all its versions oldest first; newest stated first, then newest recorded first.
 */
export function listCountryStatementHistories(db: Db, iso3: string): StatementWithVersions[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.statement_id in (select statement_id from statements where country_iso3 = @iso3)
       order by s.statement_id, s.version`,
    )
    .all({ iso3 }) as StatementRow[];
  const byId = new Map<number, StatementDto[]>();
  for (const dto of rows.map(toStatementDto)) {
    const versions = byId.get(dto.id);
    if (versions) versions.push(dto);
    else byId.set(dto.id, [dto]);
  }
  const histories: StatementWithVersions[] = [];
  for (const versions of byId.values()) {
    const current = versions.find((v) => v.supersededAt === null);
    // A statement moved to another country by a later edit belongs to that country's page now.
    if (current && current.countryIso3 === iso3) histories.push({ current, versions });
  }
  return histories.sort((a, b) =>
    a.current.statedOn !== b.current.statedOn ? (a.current.statedOn < b.current.statedOn ? 1 : -1) : b.current.id - a.current.id,
  );
}

/**
 * The versions of the given logical statements that were current at `known` (or are current now),
 * keyed by statement id; ids with no such version are absent.
 */
export function getStatementsAt(db: Db, ids: readonly number[], known: number | null = null): Map<number, StatementDto> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.statement_id in (select value from json_each(@ids)) and ${visibleAt(known)}`,
    )
    .all(known === null ? { ids: JSON.stringify(unique) } : { ids: JSON.stringify(unique), known }) as StatementRow[];
  return new Map(rows.map((r) => [r.id, toStatementDto(r)]));
}
