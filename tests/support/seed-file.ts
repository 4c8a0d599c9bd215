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

/** A seed row's stated day: month precision (YYYY-MM) from its first day. */
export const statedDay = (r: SeedFileRow): string => (/^\d{4}-\d{2}$/.test(r.stated_on!) ? `${r.stated_on}-01` : r.stated_on!);

/**
 * Each country's deciding row among `rows` (in file order) on `date`, the as-of rule on the file:
 * latest stated by then; on a tie the later one in the file (recorded later). `counts` leaves rows
 * out of the rule (a claim filter): the country then falls back to an earlier row that counts.
 */
export function decidingRows(rows: readonly SeedFileRow[], date: string, counts: (r: SeedFileRow) => boolean = () => true): Map<string, SeedFileRow> {
  const out = new Map<string, SeedFileRow>();
  for (const r of rows) {
    if (statedDay(r) > date || !counts(r)) continue;
    const prev = out.get(r.country!);
    if (!prev || statedDay(r) >= statedDay(prev)) out.set(r.country!, r);
  }
  return out;
}
