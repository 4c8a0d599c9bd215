/**
 * What the fresh server's seed must show, computed from the committed seed file
 * (db/seed/reconciled.csv) rather than hard-coded, and the instant the seed finished (so as-of reads
 * with `known` see the seeded data only, whatever other e2e files wrote since).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parseCsv } from "@/lib/csv";
import { e2eContext } from "./context";
import { decidingRows as decidingRowsOf, statedDay } from "../../tests/support/seed-file";

export type SeedRow = Record<string, string>;

export function readCsvFile(text: string): SeedRow[] {
  const header = text.slice(0, text.indexOf("\n")).replace(/^\uFEFF/, "").trim().split(",");
  return parseCsv(text, { columns: header, required: [] }).rows.map((r) => r.record);
}

export const seedRows: SeedRow[] = readCsvFile(fs.readFileSync(path.join(process.cwd(), "db", "seed", "reconciled.csv"), "utf8"));

/** Each country's deciding seed row on `date` (the rule: tests/support/seed-file.ts decidingRows). */
export function decidingRows(date: string, counts: (r: SeedRow) => boolean = () => true): Map<string, SeedRow> {
  return decidingRowsOf(seedRows, date, counts);
}

/** Countries per stance on `date`. */
export function seedCounts(date: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of decidingRows(date).values()) counts[r.stance!] = (counts[r.stance!] ?? 0) + 1;
  return counts;
}

/** The instant the seed's last statement was recorded, ISO (for `known=`). */
export function seedKnown(): string {
  const db = new Database(e2eContext().databasePath, { readonly: true, fileMustExist: true });
  try {
    return new Date(db.prepare("select max(recorded_at) from statements where recorded_by = 'seed'").pluck().get() as number).toISOString();
  } finally {
    db.close();
  }
}

/** The days on which some country's stance changes (its first statement included), as the slider steps through them. */
export function seedChangeDates(): string[] {
  const days = [...new Set(seedRows.map(statedDay))].sort();
  const changed = new Set<string>();
  let before = new Map<string, string>();
  for (const day of days) {
    const now = new Map([...decidingRows(day)].map(([iso3, r]) => [iso3, r.stance!]));
    for (const [iso3, stance] of now) if (before.get(iso3) !== stance) changed.add(day);
    before = now;
  }
  return [...changed].sort();
}
