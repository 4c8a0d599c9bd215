/**
 * From an uploaded or command-line CSV file to rows the database can import, all or nothing: every
 * bad row is reported with its line number and reason, and no row is returned unless all are good.
 */
import { parseStatementsCsv } from "./csv";
import { resolveCountry } from "./countries";
import { validateImportRow, type NormalisedStatementInput } from "./validation/statement-row";

export type ParsedImport =
  | { ok: true; rows: { line: number; input: NormalisedStatementInput }[] }
  | { ok: false; errors: string[] };

/** Maximum rows one file may hold; larger datasets are split, so one upload cannot exhaust memory. */
export const MAX_IMPORT_ROWS = 200_000;

/** Largest file accepted, in bytes (100 MiB: 200,000 long rows); checked before anything is parsed. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

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

/** Parses and validates a whole statements CSV file (string or bytes, UTF-8 with or without BOM). */
export function parseStatementImport(file: string | Uint8Array, today?: string): ParsedImport {
  const tooBig = importSizeProblem(typeof file === "string" ? utf8Length(file) : file.byteLength);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const parsed = parseStatementsCsv(file);
  if (parsed.error) return { ok: false, errors: [parsed.error] };
  if (parsed.rows.length === 0) return { ok: false, errors: ["the file has a header but no rows"] };
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, errors: [`the file has ${parsed.rows.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once`] };
  }
  const errors: string[] = [];
  const rows: { line: number; input: NormalisedStatementInput }[] = [];
  for (const { line, record } of parsed.rows) {
    const result = validateImportRow(record, { resolveCountry, today });
    if (result.ok) rows.push({ line, input: result.value });
    else errors.push(...result.errors.map((e) => `line ${line}: ${e}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
