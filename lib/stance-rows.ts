/**
 * One row of the as-of table: a country and the statement that decides its stance on a date. The
 * shape the dashboard's table renders and GET /api/v1/stances returns, so the table can refresh
 * itself from the API when the date changes without a new page.
 */
import type { Source, StatementDto } from "./types";

/** The deciding statement's content a row carries (not its note: the table shows that only without JavaScript). */
const ROW_KEYS = [
  "statedOn",
  "statedOnPrecision",
  "contributions",
  "conditions",
  "quote",
  "quoteLanguage",
  "quoteTranslation",
  "translationBy",
  "speaker",
  "confidence",
] as const satisfies readonly (keyof StatementDto)[];

export type StanceRow = { iso3: string; name: string; stance: StatementDto["stance"]; statementId: number } & Pick<StatementDto, (typeof ROW_KEYS)[number]> & {
    source: Pick<Source, "title" | "publisher" | "url" | "publishedOn">;
  };

/** The row for a deciding statement (as returned by getStancesAsOf). */
export function toStanceRow(s: StatementDto): StanceRow {
  const content = Object.fromEntries(ROW_KEYS.map((k) => [k, s[k]])) as Pick<StatementDto, (typeof ROW_KEYS)[number]>;
  return {
    iso3: s.countryIso3,
    name: s.countryName,
    stance: s.stance,
    statementId: s.id,
    ...content,
    source: { title: s.source.title, publisher: s.source.publisher, url: s.source.url, publishedOn: s.source.publishedOn },
  };
}
