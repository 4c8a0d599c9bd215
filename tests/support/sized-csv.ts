/**
 * Statements CSV files of an exact size in bytes, every row valid and distinct, for the tests of
 * each body limit (just under, at, and just over it). ASCII only, so characters are bytes.
 */
import { CSV_COLUMNS } from "@/db/statements/csv";

const COUNTRIES = ["EST", "LVA", "LTU", "FIN", "SWE", "NOR", "DNK", "POL", "DEU", "FRA", "GBR", "NLD", "BEL", "ESP", "ITA", "PRT", "CZE", "ROU", "CAN", "AUS"];
const ROW_BYTES = 3600;
const MAX_PADDING = 3800; // conditions and note, at most 2000 characters each

function row(i: number, tag: string, bytes: number): string {
  const date = new Date(Date.UTC(2025, 0, 1) + (i % 360) * 86_400_000).toISOString().slice(0, 10);
  // By column name, in the header's order, so a column added to the format stays empty here.
  const fields = (conditions: string, note: string) => {
    const cells: Record<string, string> = {
      country: COUNTRIES[i % COUNTRIES.length]!,
      stated_on: date,
      stance: "naval",
      contributions: "naval",
      conditions,
      quote: `Limit row ${i}`,
      quote_language: "en",
      source_title: `Body limits ${tag}`,
      source_url: `https://example.org/limits-${tag}`,
      confidence: "medium",
      note,
    };
    return CSV_COLUMNS.map((c) => cells[c] ?? "").join(",") + "\n";
  };
  const padding = bytes - fields("", "").length;
  if (padding < 0 || padding > MAX_PADDING) throw new Error(`sized-csv: cannot make a row of ${bytes} bytes`);
  const c = Math.min(padding, MAX_PADDING / 2);
  return fields("c".repeat(c), "n".repeat(padding - c));
}

/** A CSV of exactly `bytes` bytes (header included) and how many rows it holds. */
export function sizedCsv(bytes: number, tag: string): { bytes: Uint8Array; rows: number } {
  const header = `${CSV_COLUMNS.join(",")}\n`;
  const minRow = row(0, tag, 200).length; // any row fits in 200 bytes or more
  const full = Math.max(0, Math.floor((bytes - header.length - minRow) / ROW_BYTES));
  const parts = [header];
  for (let i = 0; i < full; i++) parts.push(row(i, tag, ROW_BYTES));
  parts.push(row(full, tag, bytes - header.length - full * ROW_BYTES));
  const out = new TextEncoder().encode(parts.join(""));
  if (out.length !== bytes) throw new Error(`sized-csv: made ${out.length} bytes instead of ${bytes}`);
  return { bytes: out, rows: full + 1 };
}
