/**
 * The seed's statements as the committed file holds them (db/seed/reconciled.csv), read without the
 * importer, so tests can compute what a seeded database must show instead of hard-coding it.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCsv } from "@/lib/csv";
import { CSV_COLUMNS } from "@/db/statements/csv";
import { SEED_FILES } from "@/db/seed/reconcile";

export type SeedFileRow = Record<string, string>;

/** One record per seed statement, in file order. */
export function seedFileRows(): SeedFileRow[] {
  const file = fs.readFileSync(path.join(process.cwd(), "db", "seed", SEED_FILES.reconciled));
  return parseCsv(file, { columns: CSV_COLUMNS, required: [] }).rows.map((r) => r.record);
}

/** The titles of every source a row cites, the primary first. */
export function citedTitles(row: SeedFileRow): string[] {
  const more = row.more_sources ? (JSON.parse(row.more_sources) as { title: string }[]) : [];
  return [row.source_title!, ...more.map((m) => m.title)];
}
