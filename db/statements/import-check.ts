/**
 * From an uploaded or command-line CSV file to rows the database can import, all or nothing: every
 * bad row is reported with its line number and reason, and no row is returned unless all are good.
 */
import { CLI_IMPORT_MAX_BYTES } from "@/lib/http/body-limits";
import { resolveCountry } from "@/lib/countries";
import { parseStatementsCsv, type CsvColumn } from "./csv";
import { validateImportRow, type NormalisedStatementInput } from "./validation";

export type ParsedImport =
  | { ok: true; rows: { line: number; input: NormalisedStatementInput }[] }
  | { ok: false; errors: string[] };

/** Maximum rows one file may hold; larger datasets are split, so one upload cannot exhaust memory. */
export const MAX_IMPORT_ROWS = 200_000;

/** Largest file accepted, in bytes (100 MiB: 200,000 long rows); checked before anything is parsed. */
export const MAX_IMPORT_BYTES = CLI_IMPORT_MAX_BYTES;

/** The refusal for a file of `bytes` bytes, or null if its size is acceptable. */
export function importSizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES ? `the file is ${bytes} bytes; at most ${MAX_IMPORT_BYTES} bytes (100 MiB) are imported at once` : null;
}

/** Bytes of a string in UTF-8, without encoding it (lib/ also runs in browsers: no Buffer). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      n += 4; // a surrogate pair: one code point above U+FFFF
      i++;
    } else n += 3;
  }
  return n;
}

/** One data row of an uploaded file: its normalised input, or every reason it was refused. */
export type CheckedImportRow = { line: number; record: Record<CsvColumn, string> } & (
  | { ok: true; input: NormalisedStatementInput }
  | { ok: false; errors: string[] }
);

/**
 * Parses a statements CSV and validates every row on its own, so a preview can show each row's
 * outcome. A problem with the file as a whole (encoding, header, shape) is `fileError`.
 */
export function checkStatementImport(file: string | Uint8Array, today?: string): { fileError: string } | { rows: CheckedImportRow[] } {
  const tooBig = importSizeProblem(typeof file === "string" ? utf8Length(file) : file.byteLength);
  if (tooBig) return { fileError: tooBig };
  const parsed = parseStatementsCsv(file);
  if (parsed.error) return { fileError: parsed.error };
  if (parsed.rows.length === 0) return { fileError: "the file has a header but no rows" };
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    return { fileError: `the file has ${parsed.rows.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once` };
  }
  return {
    rows: parsed.rows.map(({ line, record }): CheckedImportRow => {
      const result = validateImportRow(record, { resolveCountry, today });
      return result.ok ? { line, record, ok: true, input: result.value } : { line, record, ok: false, errors: result.errors };
    }),
  };
}

/** Parses and validates a whole statements CSV file (string or bytes, UTF-8 with or without BOM). */
export function parseStatementImport(file: string | Uint8Array, today?: string): ParsedImport {
  const checked = checkStatementImport(file, today);
  if ("fileError" in checked) return { ok: false, errors: [checked.fileError] };
  const errors: string[] = [];
  const rows: { line: number; input: NormalisedStatementInput }[] = [];
  for (const row of checked.rows) {
    if (row.ok) rows.push({ line: row.line, input: row.input });
    else errors.push(...row.errors.map((e) => `line ${row.line}: ${e}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
