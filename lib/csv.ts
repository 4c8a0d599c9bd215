/**
 * CSV files as the tracker reads and writes them (the statements interchange format's columns are
 * db/statements/fields.ts's). This module only deals with the file's shape: encoding, quoting,
 * header and line numbers. What a row's values must be is the validation's job.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { invalidUtf8Line } from "./http/utf8";

/** A CSV format: its columns in the order exports write them, and those a header must contain. */
export type CsvFormat = { columns: readonly string[]; required: readonly string[] };

/** One data record with every column present ("" where the file has no such column). */
export type CsvRow = { line: number; record: Record<string, string> };
export type ParsedCsv = { rows: CsvRow[]; error?: string };

const LINE_BREAK = /\r\n|\r|\n/g;

// Spreadsheets run a cell that starts with = + - @ as a formula (`=HYPERLINK(...)`, `=cmd|...`),
// so an export opened in Excel could act on a hostile quote. Exports prefix such cells with an
// apostrophe, which spreadsheets show as text; imports remove exactly one. The apostrophes already
// there are counted in, so every stored value round-trips unchanged (`'=x` exports as `''=x`).
const FORMULA_LIKE = /^'*[=+\-@]/;
const ESCAPED_FORMULA = /^'+[=+\-@]/;

/** The cell as written to a CSV file: formula-like text made inert for spreadsheets. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell;
}

/** Inverse of neutraliseFormula, applied to every imported cell. */
export function restoreFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

function decode(input: string | Uint8Array): string | { error: string } {
  if (typeof input === "string") return input;
  try {
    // fatal: a mis-saved Latin-1 file must be refused, not imported with replacement characters.
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    const line = invalidUtf8Line(input);
    return { error: `file is not valid UTF-8${line === null ? "" : ` (line ${line}); save it as UTF-8`}` };
  }
}

function countLineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) n += f.match(LINE_BREAK)?.length ?? 0;
  return n;
}

/**
 * Parses a CSV of `format` (UTF-8, with or without BOM; LF, CRLF or mixed line endings). Header
 * names are matched case-insensitively after trimming. Each row carries `line`, the 1-based
 * physical line its record starts on (the header is line 1), for error messages. Blank lines and
 * rows whose every field is empty (spreadsheets' trailing ",,,,") are skipped.
 * On any problem with the file as a whole, returns no rows and an `error` naming it.
 */
export function parseCsv(input: string | Uint8Array, format: CsvFormat): ParsedCsv {
  const { columns: COLUMNS, required } = format;
  const text = decode(input);
  if (typeof text !== "string") return { rows: [], error: text.error };
  let records: string[][];
  try {
    // Column counts are checked here rather than by csv-parse so that blank lines can be skipped
    // while still counting them: every record then begins exactly one line after the previous one
    // ended, which is how `line` is computed (csv-parse's own line info is off by one at times).
    records = parse(text, { bom: true, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] });
  } catch (err) {
    return { rows: [], error: `malformed CSV: ${err instanceof Error ? err.message : String(err)}` };
  }
  const header = records[0];
  if (!header || (header.length === 1 && header[0]!.trim() === "")) {
    return { rows: [], error: "file is empty (expected a header row)" };
  }
  const columns: string[] = [];
  for (const raw of header) {
    const name = raw.trim().toLowerCase();
    if (!COLUMNS.includes(name)) return { rows: [], error: `unknown column '${raw}' (expected ${COLUMNS.join(", ")})` };
    if (columns.includes(name)) return { rows: [], error: `column '${name}' appears more than once` };
    columns.push(name);
  }
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { rows: [], error: `missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}` };

  const rows: CsvRow[] = [];
  let line = 1 + 1 + countLineBreaks(header);
  for (let i = 1; i < records.length; i++) {
    const fields = records[i]!;
    const start = line;
    line += 1 + countLineBreaks(fields);
    if (fields.every((f) => f.trim() === "")) continue;
    if (fields.length !== columns.length) {
      return { rows: [], error: `line ${start}: ${fields.length} fields, but the header has ${columns.length}` };
    }
    const record: Record<string, string> = Object.fromEntries(COLUMNS.map((c) => [c, ""]));
    columns.forEach((c, j) => (record[c] = restoreFormula(fields[j]!)));
    rows.push({ line: start, record });
  }
  return { rows };
}

/**
 * Writes rows as a CSV: header first, columns in `columns` order, "\n" line
 * endings, no BOM, fields quoted only when needed (plus any containing "\r", which a lenient
 * reader would otherwise take for a line break), formula-like cells neutralised (see above).
 * Missing values are written empty. Deterministic, so export -> import -> export is byte-identical.
 */
export function formatCsv(rows: readonly Partial<Record<string, string | null>>[], columns: readonly string[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => neutraliseFormula(r[c] ?? ""))),
    { header: true, columns: [...columns], record_delimiter: "\n", quoted_match: /\r/ },
  );
}

// What makes formatCsv (csv-stringify with the options above) quote a field: the delimiter, the
// quote, a line break, or "\r" (quoted_match). Quotes inside are doubled.
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One record as formatCsv writes it, "\n" included: the same bytes as that record's line of
 * formatCsv's output (tests/lib/csv-record.test.ts compares them). For writers that build a file
 * from lines kept between calls (db/statements/export-csv.ts): csv-stringify's per-field option
 * handling costs about 3 s for the 100k-statement export, this loop a tenth of that.
 */
export function formatCsvRecord(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const cell = neutraliseFormula(cells[i]!);
    if (i > 0) line += ",";
    line += NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return `${line}\n`;
}

