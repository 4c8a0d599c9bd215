/**
 * One row of the as-of table: a country and the statement that decides its stance on a date. The
 * shape the dashboard's table renders and GET /api/v1/stances returns, so the table can refresh
 * itself from the API when the date changes without a new page.
 */
import type { Commitment, ConditionKey, Confidence, ContributionKey, DatePrecision, IsoDate, Source, SpeakerRole, StanceKey } from "../types";

type RowSource = Pick<Source, "title" | "publisher" | "url" | "publishedOn">;

/** The deciding statement's content a row carries (not its note: the table shows that only without JavaScript). */
export type StanceRow = {
  iso3: string;
  name: string;
  stance: StanceKey;
  statementId: number;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  contributions: ContributionKey[];
  conditions: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  quoteTranslation: string | null;
  translationBy: "editor" | "machine" | null;
  speaker: string | null;
  speakerRole: SpeakerRole | null;
  commitment: Commitment | null;
  sizeText: string | null;
  troopsMin: number | null;
  troopsMax: number | null;
  conditionKeys: ConditionKey[];
  confidence: Confidence;
  /** The primary source. */
  source: RowSource;
  /** Every source the statement cites, the primary first ("2 sources" in the panel). */
  sources: RowSource[];
};

/** What toStanceRow reads of a statement (db/statements' StatementDto has all of it). */
export type DecidingStatement = Omit<StanceRow, "iso3" | "name" | "statementId" | "sources"> & {
  id: number;
  countryIso3: string;
  countryName: string;
  sources: readonly RowSource[];
};

const rowSource = (s: RowSource): RowSource => ({ title: s.title, publisher: s.publisher, url: s.url, publishedOn: s.publishedOn });

/** The row for a deciding statement (as returned by getStancesAsOf). */
export function toStanceRow(s: DecidingStatement): StanceRow {
  return {
    iso3: s.countryIso3,
    name: s.countryName,
    stance: s.stance,
    statementId: s.id,
    statedOn: s.statedOn,
    statedOnPrecision: s.statedOnPrecision,
    contributions: s.contributions,
    conditions: s.conditions,
    quote: s.quote,
    quoteLanguage: s.quoteLanguage,
    quoteTranslation: s.quoteTranslation,
    translationBy: s.translationBy,
    speaker: s.speaker,
    speakerRole: s.speakerRole,
    commitment: s.commitment,
    sizeText: s.sizeText,
    troopsMin: s.troopsMin,
    troopsMax: s.troopsMax,
    conditionKeys: s.conditionKeys,
    confidence: s.confidence,
    source: rowSource(s.source),
    sources: s.sources.map(rowSource),
  };
}
