/**
 * The search read: statement versions whose text matches every term, as known now or at `known`.
 *
 * The index (migration 0006) holds every version; the transaction-time rule is the statements'
 * own (rows.ts visibleAt), applied to the version row the match points at, so "as known at K"
 * finds the text that was current at K. Published versions only: a retracted statement (its
 * current version is the retraction) is not found, nor is any non-published version.
 *
 * Order: newest recorded version first (the index's rowid, descending). FTS5 hands rows over in
 * that order by itself, so the query stops after `limit` visible matches whatever the number of
 * matching rows (a rank order such as bm25 would score every match first: slow for a common word
 * at 100k statements). Pages continue with `before` = the last result's version id (a cursor: no
 * OFFSET to skip over).
 */
import "server-only";
import type { Db } from "../client";
import { statementColumns, statementJoins, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "../statements/rows";
import { ftsAllOf, isSubstringTerm } from "@/lib/search/query";

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;

export type SearchOptions = { known?: number | null; limit?: number; before?: number | null };
export type SearchPage = { results: StatementDto[]; next: number | null };

/** The SQL and parameters of the matching version ids, one more than `limit` (to know if more follow). */
export function searchIdsQuery(terms: readonly string[], { known = null, limit = DEFAULT_SEARCH_LIMIT, before = null }: SearchOptions = {}) {
  const long = ftsAllOf(terms.filter(isSubstringTerm));
  const short = ftsAllOf(terms.filter((t) => !isSubstringTerm(t)));
  if (long === null && short === null) throw new Error("search needs at least one term");
  // Drive from the trigram index when there is a term it can match (more selective); words of
  // 1-2 characters are matched as whole words in the unicode61 index.
  const [table, match] = long !== null ? ["search_text", long] : ["search_words", short!];
  const where = [
    `${table} match @match`,
    // A probe per candidate row (rowid = and MATCH), not `rowid in (...)`: that would be run as
    // the outer loop and lose the index's rowid order.
    long !== null && short !== null ? `exists (select 1 from search_words w where w.rowid = f.rowid and search_words match @short)` : null,
    before !== null ? `f.rowid < @before` : null,
    // As known at K: no version inserted after the last one recorded by K can be visible, so the
    // walk down the rowids starts there instead of stepping over everything recorded since.
    // (An exact bound: the newest row id whose recorded_at <= K, found walking down the primary key.)
    known !== null ? `f.rowid <= (select k.id from statements k where k.recorded_at <= @known order by k.id desc limit 1)` : null,
    `s.status = 'published'`,
    visibleAt(known),
  ].filter(Boolean);
  const params: Record<string, string | number> = { match, limit: limit + 1 };
  if (long !== null && short !== null) params.short = short;
  if (before !== null) params.before = before;
  if (known !== null) params.known = known;
  return {
    sql: `select f.rowid as id from ${table} f join statements s on s.id = f.rowid
          where ${where.join(" and ")}
          order by f.rowid desc limit @limit`,
    params,
  };
}

/** One page of matching statements (as their visible version), newest recorded first. */
export function searchStatements(db: Db, terms: readonly string[], options: SearchOptions = {}): SearchPage {
  const limit = Math.min(Math.max(1, options.limit ?? DEFAULT_SEARCH_LIMIT), MAX_SEARCH_LIMIT);
  const { sql, params } = searchIdsQuery(terms, { ...options, limit });
  const known = options.known ?? null;
  const ids = (db.$client.prepare(sql).pluck().all(params) as number[]).slice(0, limit + 1);
  const page = ids.slice(0, limit);
  const more = ids.length > limit;
  if (page.length === 0) return { results: [], next: null };
  const rows = db.$client
    .prepare(`select ${statementColumns(known)} from statements s ${statementJoins(known)} where s.id in (select value from json_each(@ids))`)
    .all(known === null ? { ids: JSON.stringify(page) } : { ids: JSON.stringify(page), known }) as StatementRow[];
  const byVersion = new Map(rows.map((r) => [r.versionId, toStatementDto(r)]));
  const results = page.map((id) => byVersion.get(id)).filter((d): d is StatementDto => d !== undefined);
  return { results, next: more ? page[page.length - 1]! : null };
}
