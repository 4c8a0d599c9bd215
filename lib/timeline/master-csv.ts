/**
 * The master table as a CSV file (kept apart from master-table.ts, which the URL parsers import,
 * so that the CSV writer is bundled only where a download is offered).
 */
import { formatCsv } from "../csv";
import { MASTER_COLUMNS, type MasterContext } from "./master-table";
import type { StanceRow } from "./stance-rows";

/** The CSV of exactly these rows, in this order, with exactly the table's columns under its headings. */
export function masterCsv(rows: readonly StanceRow[], ctx: MasterContext): string {
  const records = rows.map((r) => Object.fromEntries(MASTER_COLUMNS.map((c) => [c.label, c.text(r, ctx)])));
  return formatCsv(records, MASTER_COLUMNS.map((c) => c.label));
}

/** The file as a `data:` address for a download link: works without JavaScript, and needs no second request. */
export function masterCsvHref(rows: readonly StanceRow[], ctx: MasterContext): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(masterCsv(rows, ctx))}`;
}
