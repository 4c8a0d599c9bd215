/**
 * The transaction-time append that the versioned nouns share (source_versions: db/sources/history.ts,
 * event_versions: db/events/history.ts): close the open version of a row and insert its new state.
 * Only the column list differs, so each noun passes its own insert…select.
 */
import "server-only";
import type { Db } from "./client";

/** The version tables written through appendVersion (a fixed list: the name is written into SQL). */
export type VersionTable = "source_versions" | "event_versions";

/**
 * Closes row `id`'s open version in `table` and inserts its new state with `insertSelect` (an
 * `insert into <table> … select …` that binds @id, @recordedAt and @actor), recorded at `at` but
 * never before the version it closes: transaction time does not run backwards when two writes
 * share a millisecond. Call inside the transaction that wrote the row.
 */
export function appendVersion(db: Db, table: VersionTable, insertSelect: string, id: number, actor: string, at: number): void {
  const last = db.$client.prepare(`select max(recorded_at) from ${table} where id = ?`).pluck().get(id) as number | null;
  const recordedAt = Math.max(at, last ?? at);
  db.$client.prepare(`update ${table} set superseded_at = @recordedAt where id = @id and superseded_at is null`).run({ id, recordedAt });
  db.$client.prepare(insertSelect).run({ id, recordedAt, actor });
}
