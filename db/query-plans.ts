/** Tooling for tests and the benchmark (not a noun): how SQLite plans a query. */
import "server-only";
import type { Db } from "./client";

/** One line of SQLite's EXPLAIN QUERY PLAN output. */
export type PlanStep = { id: number; parent: number; detail: string };

/**
 * How SQLite will run a query (which index each table is read through), so tests and the
 * benchmark can check that the hot queries seek indexes instead of scanning tables.
 */
export function explainQueryPlan(db: Db, sql: string, params: Record<string, string | number> = {}): PlanStep[] {
  return db.$client.prepare(`explain query plan ${sql}`).all(params) as PlanStep[];
}
