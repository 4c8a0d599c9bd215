/**
 * The columns every statement read selects, and their mapping to plain DTOs. Kept in one place so
 * the as-of, history and export queries cannot drift apart in what they return.
 */
import { publicActor } from "@/lib/public-actor";
import type { ContributionKey, StatementDto } from "@/lib/types";

export type { StatementDto };

/**
 * SQL select list; expects `s` = statements, `c` = countries, `src` = sources. `recorderName` is the
 * author's public display name (users.email is unique, so this is one index lookup per row).
 */
export const STATEMENT_COLUMNS = `
  s.id as versionId, s.statement_id as id, s.version, s.country_iso3 as countryIso3, c.name as countryName,
  s.stated_on as statedOn, s.stated_on_precision as statedOnPrecision, s.stance, s.contributions,
  s.conditions, s.quote, s.quote_language as quoteLanguage, s.speaker, s.confidence, s.note, s.status,
  s.change_reason as changeReason, s.recorded_at as recordedAt, s.recorded_by as recordedBy,
  s.superseded_at as supersededAt,
  src.id as sourceId, src.title as sourceTitle, src.publisher as sourcePublisher, src.url as sourceUrl,
  src.published_on as sourcePublishedOn, src.language as sourceLanguage, src.retrieved_on as sourceRetrievedOn,
  src.archived_url as sourceArchivedUrl, src.note as sourceNote,
  (select ru.display_name from users ru where ru.email = s.recorded_by) as recorderName`;

export const STATEMENT_JOINS = `
  join countries c on c.iso3 = s.country_iso3
  join sources src on src.id = s.source_id`;

export type StatementRow = Omit<StatementDto, "contributions" | "recordedAt" | "supersededAt" | "source"> & {
  contributions: string;
  recordedAt: number;
  supersededAt: number | null;
  sourceId: number;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
  sourceLanguage: string | null;
  sourceRetrievedOn: string | null;
  sourceArchivedUrl: string | null;
  sourceNote: string | null;
  recorderName: string | null;
};

export function toStatementDto(r: StatementRow): StatementDto {
  return {
    id: r.id,
    versionId: r.versionId,
    version: r.version,
    countryIso3: r.countryIso3,
    countryName: r.countryName,
    statedOn: r.statedOn,
    statedOnPrecision: r.statedOnPrecision,
    stance: r.stance,
    contributions: JSON.parse(r.contributions) as ContributionKey[],
    conditions: r.conditions,
    quote: r.quote,
    quoteLanguage: r.quoteLanguage,
    speaker: r.speaker,
    confidence: r.confidence,
    note: r.note,
    status: r.status,
    changeReason: r.changeReason,
    recordedAt: new Date(r.recordedAt).toISOString(),
    // Never the stored email or file path: these DTOs are what the public pages and API show.
    recordedBy: publicActor(r.recordedBy, r.recorderName),
    supersededAt: r.supersededAt === null ? null : new Date(r.supersededAt).toISOString(),
    source: {
      id: r.sourceId,
      title: r.sourceTitle,
      publisher: r.sourcePublisher,
      url: r.sourceUrl,
      publishedOn: r.sourcePublishedOn,
      language: r.sourceLanguage,
      retrievedOn: r.sourceRetrievedOn,
      archivedUrl: r.sourceArchivedUrl,
      note: r.sourceNote,
    },
  };
}

/**
 * The transaction-time filter on a statements alias: current versions when `known` is null, otherwise the
 * versions that were current at that instant (recorded by then and not yet superseded).
 */
export function visibleAt(known: number | null, alias = "s"): string {
  return known === null
    ? `${alias}.superseded_at is null`
    : `${alias}.recorded_at <= @known and (${alias}.superseded_at is null or ${alias}.superseded_at > @known)`;
}
