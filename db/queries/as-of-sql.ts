/**
 * The SQL of the as-of query, chosen per case so that each is one index seek per country and its
 * cost grows with the number of countries, not of statements:
 *
 * - known = null: statements_current_asof_idx, a partial index over the current published
 *   versions; the first entry at or below @date is the answer.
 * - a past `known`, about a date up to known's own day: statements_known_asof_idx, skipping the few
 *   versions that were not visible then (recorded later, or already superseded).
 * - a past `known` about a later date: a plain seek from @date down would first have to step over
 *   every statement recorded after `known` (half the data, for a `known` in the middle of the
 *   history). But a statement visible at `known` was recorded by known's day, and is stated on or
 *   before the day it was recorded, unless it was future-dated when recorded (a typo, rare). So the
 *   seek starts at known's day (@cap), and the rare future-dated versions are looked up apart in
 *   statements_future_dated_idx, a partial index that holds only them. Exact, whatever the data.
 */
import { todayIso } from "@/lib/dates";
import type { IsoDate } from "@/lib/types";
import { STATEMENT_COLUMNS, visibleAt } from "./statement-rows";

export type SqlQuery = { sql: string; params: Record<string, string | number> };

/** Versions stated after the (UTC) day they were recorded; must match the partial index's WHERE. */
const FUTURE_DATED = (a: string) => `${a}.stated_on > date(${a}.recorded_at / 1000, 'unixepoch')`;

function latest(alias: string, known: number | null, range: string): string {
  return `select ${alias}.id from statements ${alias}
         where ${alias}.country_iso3 = c.iso3 and ${range} and ${alias}.status = 'published' and ${visibleAt(known, alias)}
         order by ${alias}.stated_on desc, ${alias}.statement_id desc limit 1`;
}

function deciding(date: IsoDate, known: number | null): { subquery: string; params: Record<string, string | number> } {
  if (known === null) return { subquery: latest("x", null, "x.stated_on <= @date"), params: { date } };
  const cap = todayIso(new Date(known));
  if (date <= cap) return { subquery: latest("x", known, "x.stated_on <= @date"), params: { date, known } };
  // A future-dated version (stated after @cap) is later than any other candidate (stated on or
  // before @cap), so it wins when there is one: no union or sort needed, just the first non-null.
  return {
    subquery: `coalesce(
         (${latest("y", known, `${FUTURE_DATED("y")} and y.stated_on > @cap and y.stated_on <= @date`)}),
         (${latest("x", known, "x.stated_on <= @cap")}))`,
    params: { date, known, cap },
  };
}

/**
 * Each country's deciding statement as of `date`, as known at `known` (ms) or now, in no particular
 * order (the caller sorts 250 rows faster than SQLite sorts them with all their columns). The
 * countries table drives the loop and gives the name, so it is not joined a second time.
 */
export function stancesAsOfQuery(date: IsoDate, known: number | null): SqlQuery {
  const { subquery, params } = deciding(date, known);
  return {
    sql: `select ${STATEMENT_COLUMNS}
       from countries c
       join statements s on s.id = (${subquery})
       join sources src on src.id = s.source_id`,
    params,
  };
}
