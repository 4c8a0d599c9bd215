import "server-only";
import type { Db } from "../client";
import type { IsoDate, StanceCategory, StatementFact } from "@/lib/types";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./statement-rows";

/** The seven categories, strongest commitment first. */
export function listCategories(db: Db): StanceCategory[] {
  return db.$client
    .prepare("select key, label, description, colour, rank from stance_categories order by rank")
    .all() as StanceCategory[];
}

/**
 * Each country's deciding statement as of `date`, as the data stood at `known` (ms) or now.
 * One index seek per country (see statements_*_asof_idx), so the cost grows with the number of
 * countries, not of statements.
 */
export function getStancesAsOf(db: Db, date: IsoDate, known: number | null = null): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS}
       from countries cc
       join statements s on s.id = (
         select x.id from statements x
         where x.country_iso3 = cc.iso3 and x.stated_on <= @date and x.status = 'published'
           and ${visibleAt(known, "x")}
         order by x.stated_on desc, x.statement_id desc limit 1)
       ${STATEMENT_JOINS}
       order by c.name`,
    )
    .all(known === null ? { date } : { date, known }) as StatementRow[];
  return rows.map(toStatementDto);
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
