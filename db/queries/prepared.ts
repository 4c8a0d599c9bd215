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

/**
 * Runs a cached statement and returns its rows as objects keyed by column name, built from
 * better-sqlite3's raw arrays (markedly cheaper than its own row objects for wide rows).
 */
export function readRows(db: Db, sql: string, params: Record<string, string | number>): StatementRow[] {
  const { stmt, columns } = prepared(db, sql);
  const rows = stmt.all(params) as unknown[][];
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row as StatementRow;
  });
}
