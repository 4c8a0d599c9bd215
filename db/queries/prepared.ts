import "server-only";
import type Database from "better-sqlite3";
import type { Db } from "../client";
import type { StatementRow } from "./statement-rows";

// Compiling a statement with 29 columns and correlated subqueries costs about 0.1 ms: keep each
// one per connection (the as-of query has three shapes, so the map stays tiny).
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

// The select list of STATEMENT_COLUMNS, in order: rows in this shape are built as one object
// literal (one hidden class, no per-key insertion), checked against the statement's columns.
const STATEMENT_ROW_KEYS = [
  "versionId", "id", "version", "countryIso3", "countryName", "statedOn", "statedOnPrecision", "stance", "contributions",
  "conditions", "quote", "quoteLanguage", "speaker", "confidence", "note", "status", "changeReason", "recordedAt",
  "recordedBy", "supersededAt", "sourceId", "sourceTitle", "sourcePublisher", "sourceUrl", "sourcePublishedOn",
  "sourceLanguage", "sourceRetrievedOn", "sourceArchivedUrl", "sourceNote", "recorderName",
].join(",");

function statementRow(v: unknown[]): StatementRow {
  return {
    versionId: v[0], id: v[1], version: v[2], countryIso3: v[3], countryName: v[4], statedOn: v[5], statedOnPrecision: v[6],
    stance: v[7], contributions: v[8], conditions: v[9], quote: v[10], quoteLanguage: v[11], speaker: v[12], confidence: v[13],
    note: v[14], status: v[15], changeReason: v[16], recordedAt: v[17], recordedBy: v[18], supersededAt: v[19], sourceId: v[20],
    sourceTitle: v[21], sourcePublisher: v[22], sourceUrl: v[23], sourcePublishedOn: v[24], sourceLanguage: v[25],
    sourceRetrievedOn: v[26], sourceArchivedUrl: v[27], sourceNote: v[28], recorderName: v[29],
  } as StatementRow;
}

/**
 * Runs a cached statement and returns its rows as objects keyed by column name, built from
 * better-sqlite3's raw arrays (markedly cheaper than its own row objects for wide rows).
 */
export function readRows(db: Db, sql: string, params: Record<string, string | number>): StatementRow[] {
  const { stmt, columns } = prepared(db, sql);
  const rows = stmt.all(params) as unknown[][];
  if (columns.join(",") === STATEMENT_ROW_KEYS) return rows.map(statementRow);
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row as StatementRow;
  });
}
