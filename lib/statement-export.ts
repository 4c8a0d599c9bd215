/** Turns statements into rows of the CSV interchange format (the same columns the importer reads). */
import type { CsvColumn } from "./csv";
import { formatStatementsCsv } from "./csv";
import { formatStatedOn } from "./dates";
import type { StatementDto } from "./types";
import { formatContributions } from "./validation/statement-row";

/** One statement as a CSV record; the inverse of the importer's row validation. */
export function statementToCsvRecord(s: StatementDto): Record<CsvColumn, string> {
  return {
    country: s.countryIso3,
    stated_on: formatStatedOn(s.statedOn, s.statedOnPrecision),
    stance: s.stance,
    contributions: formatContributions(s.contributions),
    conditions: s.conditions ?? "",
    quote: s.quote ?? "",
    quote_language: s.quoteLanguage ?? "",
    speaker: s.speaker ?? "",
    source_title: s.source.title,
    source_publisher: s.source.publisher ?? "",
    source_url: s.source.url ?? "",
    source_published_on: s.source.publishedOn ?? "",
    confidence: s.confidence,
    note: s.note ?? "",
  };
}

/** The whole export file for a list of statements, in the order given. */
export function statementsToCsv(statements: readonly StatementDto[]): string {
  return formatStatementsCsv(statements.map(statementToCsvRecord));
}
