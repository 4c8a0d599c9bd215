import "server-only";
import type { Db } from "../client";
import type { IsoDate, StanceCategory, StatementFact } from "@/lib/types";
import { stancesAsOfQuery } from "./as-of-sql";
import { readRows } from "./prepared";
import { toStatementDto, visibleAt, type StatementDto } from "./statement-rows";

/** The seven categories, strongest commitment first. */
export function listCategories(db: Db): StanceCategory[] {
  return db.$client
    .prepare("select key, label, description, colour, rank from stance_categories order by rank")
    .all() as StanceCategory[];
}

/**
 * Each country's deciding statement as of `date`, as the data stood at `known` (ms) or now, by
 * country name. The hot read of every page and of the API: a cached prepared statement, rows as
 * arrays (cheaper for better-sqlite3 to build than objects with 29 keys), sorted here.
 */
export function getStancesAsOf(db: Db, date: IsoDate, known: number | null = null): StatementDto[] {
  const { sql, params } = stancesAsOfQuery(date, known);
  const dtos = readRows(db, sql, params).map(toStatementDto);
  return dtos.sort((a, b) => (a.countryName < b.countryName ? -1 : a.countryName > b.countryName ? 1 : 0));
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
