import "server-only";
import type { Db } from "../client";
import type { IsoDate, StanceCategory, StatementFact } from "@/lib/types";
import { stancesAsOfQuery } from "./as-of-sql";
import { toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./statement-rows";

/** The seven categories, strongest commitment first. */
export function listCategories(db: Db): StanceCategory[] {
  return db.$client
    .prepare("select key, label, description, colour, rank from stance_categories order by rank")
    .all() as StanceCategory[];
}

/** Each country's deciding statement as of `date`, as the data stood at `known` (ms) or now. */
export function getStancesAsOf(db: Db, date: IsoDate, known: number | null = null): StatementDto[] {
  const { sql, params } = stancesAsOfQuery(date, known);
  return (db.$client.prepare(sql).all(params) as StatementRow[]).map(toStatementDto);
}

/**
 * Every statement visible at `known` (or now) reduced to what the as-of engine needs, so timelines
 * and the client's slider can compute any date locally.
 */
export function listStatementFacts(db: Db, known: number | null = null): StatementFact[] {
  return db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(known === null ? {} : { known }) as StatementFact[];
}

/** First and last stated-on dates of the visible statements, or null for an empty dataset. */
export function getDatasetSpan(db: Db, known: number | null = null): { first: IsoDate; last: IsoDate } | null {
  const row = db.$client
    .prepare(
      `select min(s.stated_on) as first, max(s.stated_on) as last from statements s
       where s.status = 'published' and ${visibleAt(known)}`,
    )
    .get(known === null ? {} : { known }) as { first: string | null; last: string | null };
  return row.first && row.last ? { first: row.first, last: row.last } : null;
}
