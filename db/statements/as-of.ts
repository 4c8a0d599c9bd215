/**
 * The as-of read: each country's deciding statement as of a date. It is written in SQL by hand, not
 * with drizzle's query builder, because its query plan is the point: a correlated subquery per
 * country that SQLite runs as one seek in a chosen (partial) index, which the builder cannot
 * express (tests/db/statements/as-of-query.test.ts checks the plans). It is also the hot read of
 * every page: a cached prepared statement whose rows come back as arrays.
 *
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
import "server-only";
import type Database from "better-sqlite3";
import type { Db } from "../client";
import { todayIso } from "@/lib/dates";
import type { Commitment, ContributionKey, DatePrecision, IsoDate, StanceKey } from "@/lib/types";
import { byCountryName, sourceJoin, statementColumns, STATEMENT_ROW_KEYS, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./rows";

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
    sql: `select ${statementColumns(known)}
       from countries c
       join statements s on s.id = (${subquery})
       ${sourceJoin(known)}`,
    params,
  };
}

/**
 * The same seek for the fields the map view's first paint shows of each deciding statement
 * (BriefStance: stance, date, commitment, contributions, size) and its country's name. The full
 * read's other columns (quote, speaker, note, the citation, the corroborating sources' JSON, the
 * author's and approver's names) cost most of its time at 249 deciding rows
 * (issue #16). The primary source is still joined, as in the full read, so both find the same rows.
 */
export function briefStancesAsOfQuery(date: IsoDate, known: number | null): SqlQuery {
  const { subquery, params } = deciding(date, known);
  return {
    sql: `select s.statement_id, s.country_iso3, c.name, s.stance, s.stated_on, s.stated_on_precision, s.commitment, s.contributions, s.size_text, s.troops_min, s.troops_max
       from countries c
       join statements s on s.id = (${subquery})
       ${sourceJoin(known)}`,
    params,
  };
}

// Compiling a statement with 29 columns and correlated subqueries costs about 0.1 ms: keep each
// one per connection (the as-of query has three shapes, full or brief, so the map stays tiny).
const cache = new WeakMap<Database.Database, Map<string, { stmt: Database.Statement; columns: string[] }>>();

function prepared(db: Db, sql: string): { stmt: Database.Statement; columns: string[] } {
  let bySql = cache.get(db.$client);
  if (!bySql) cache.set(db.$client, (bySql = new Map()));
  let entry = bySql.get(sql);
  if (!entry) {
    const stmt = db.$client.prepare(sql).raw(true);
    entry = { stmt, columns: stmt.columns().map((c) => c.name) };
    bySql.set(sql, entry);
  }
  return entry;
}

/**
 * A raw row (array in STATEMENT_COLUMNS order) as one object literal: one hidden class, no per-key
 * insertion, markedly cheaper than better-sqlite3's own row objects or a loop for wide rows. The
 * literal is generated once from the derived key list, so it follows the schema; the keys are our
 * own column names (checked to be identifiers), never input.
 */
const statementRow = (() => {
  if (!STATEMENT_ROW_KEYS.every((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))) throw new Error("statement row keys must be identifiers");
  return new Function("v", `return {${STATEMENT_ROW_KEYS.map((k, i) => `${k}: v[${i}]`).join(", ")}};`) as (v: unknown[]) => StatementRow;
})();
const ROW_KEYS = STATEMENT_ROW_KEYS.join(",");

/**
 * Runs a cached statement and returns its rows as objects keyed by column name, built from
 * better-sqlite3's raw arrays (markedly cheaper than its own row objects for wide rows).
 */
export function readRows(db: Db, sql: string, params: Record<string, string | number>): StatementRow[] {
  const { stmt, columns } = prepared(db, sql);
  const rows = stmt.all(params) as unknown[][];
  if (columns.join(",") === ROW_KEYS) return rows.map(statementRow);
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row as StatementRow;
  });
}

/**
 * Each country's deciding statement as of `date`, as the data stood at `known` (ms) or now, by
 * country name. The hot read of every page and of the API: a cached prepared statement, rows as
 * arrays (cheaper for better-sqlite3 to build than objects with 29 keys), sorted here.
 */
export function getStancesAsOf(db: Db, date: IsoDate, known: number | null = null): StatementDto[] {
  const { sql, params } = stancesAsOfQuery(date, known);
  const dtos = readRows(db, sql, params).map(toStatementDto);
  return dtos.sort(byCountryName);
}

/** A deciding statement as the brief read returns it: what the map view shows, and the country's name. */
export type BriefStance = {
  id: number;
  countryIso3: string;
  countryName: string;
  stance: StanceKey;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  commitment: Commitment | null;
  contributions: ContributionKey[];
  sizeText: string | null;
  troopsMin: number | null;
  troopsMax: number | null;
};

type BriefValues = [number, string, string, BriefStance["stance"], IsoDate, BriefStance["statedOnPrecision"], BriefStance["commitment"], string, string | null, number | null, number | null];

/**
 * Each country's deciding statement as of `date`, as known at `known` (ms) or now, by country name,
 * with only the fields of BriefStance: the rows getStancesAsOf finds, read without their quotes,
 * citations and actors (for the dashboard's map view, which shows none of them).
 */
export function getBriefStancesAsOf(db: Db, date: IsoDate, known: number | null = null): BriefStance[] {
  const { sql, params } = briefStancesAsOfQuery(date, known);
  const rows = prepared(db, sql).stmt.all(params) as BriefValues[];
  return rows
    .map(([id, countryIso3, countryName, stance, statedOn, statedOnPrecision, commitment, contributions, sizeText, troopsMin, troopsMax]): BriefStance => ({
      id,
      countryIso3,
      countryName,
      stance,
      statedOn,
      statedOnPrecision,
      commitment,
      contributions: JSON.parse(contributions) as ContributionKey[],
      sizeText,
      troopsMin,
      troopsMax,
    }))
    .sort(byCountryName);
}
