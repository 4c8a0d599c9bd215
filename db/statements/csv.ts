/**
 * The statements CSV interchange format: its columns (db/statements/fields.ts), reading and
 * writing files of it, and statements as rows of it (the same columns the importer reads).
 */
import { formatCsv, parseCsv, type ParsedCsv } from "@/lib/csv";
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, contentCells, formatMoreSources, type CsvColumn } from "./fields";
import type { StatementDto } from "./rows";

export { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn };

const FORMAT = { columns: CSV_COLUMNS, required: REQUIRED_CSV_COLUMNS };

/** Parses a statements CSV (see lib/csv.ts parseCsv): every record has every column ("" if absent). */
export function parseStatementsCsv(input: string | Uint8Array): ParsedCsv {
  return parseCsv(input, FORMAT);
}

/** Writes records as a statements CSV, columns in CSV_COLUMNS order; missing values empty. */
export function formatStatementsCsv(rows: readonly Partial<Record<CsvColumn, string | null>>[]): string {
  return formatCsv(rows, CSV_COLUMNS);
}

/** One statement as a CSV record; the inverse of the importer's row validation. */
export function statementToCsvRecord(s: StatementDto): Record<CsvColumn, string> {
  return {
    ...contentCells(s),
    source_title: s.source.title,
    source_publisher: s.source.publisher ?? "",
    source_url: s.source.url ?? "",
    source_published_on: s.source.publishedOn ?? "",
    more_sources: formatMoreSources(s.sources.slice(1)),
  };
}

/** The whole export file for a list of statements, in the order given. */
export function statementsToCsv(statements: readonly StatementDto[]): string {
  return formatStatementsCsv(statements.map(statementToCsvRecord));
}
