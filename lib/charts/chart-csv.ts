/**
 * CSV text for the charts' "Download data" controls. Built in the browser from the very arrays the
 * charts draw, so a download always equals what is on screen. Pure: no DOM, no Blob.
 */
import type { CoalitionStep } from "../timeline/coalition-steps";
import type { ContributionCount } from "../timeline/contribution-counts";
import type { StanceKey } from "../types";

export type CsvCell = string | number | null;

// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 text: one record per row, fields quoted only when they contain a comma, quote or line
 * break, "\n" line endings and a final newline. Text cells that a spreadsheet would evaluate as a
 * formula get a leading apostrophe; numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

/**
 * The coalition chart's steps as CSV: `from,until,<one column per category key>,total`, one row
 * per step, categories in the order given (the chart's stacking order).
 */
export function coalitionCsv(steps: readonly CoalitionStep[], categories: readonly StanceKey[]): string {
  return toCsv([
    ["from", "until", ...categories, "total"],
    ...steps.map((s) => [s.from, s.until, ...categories.map((k) => s.counts[k]), s.total]),
  ]);
}

/** The contributions chart as CSV: `contribution,countries,country_names` (names joined by "; "). */
export function contributionsCsv(rows: readonly ContributionCount[]): string {
  return toCsv([
    ["contribution", "countries", "country_names"],
    ...rows.map((r) => [r.key, r.count, r.countries.map((c) => c.name).join("; ")]),
  ]);
}
