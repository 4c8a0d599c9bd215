/**
 * The entries of the Atom feeds: a country's position changes (its deciding category changing on a
 * date, the first stated position included: lib/timeline/event-changes.ts, so a reaffirmation is
 * not an entry) and its retracted statements. Pure: the caller reads the statements.
 */
import { stanceChanges, type DatedFact } from "../timeline/event-changes";
import { passesFilter, type FeedFilter } from "./feed-query";
import type { Commitment, DatePrecision, IsoDate, StanceKey } from "../types";

/** What an entry shows of a statement version (a subset of db/statements' StatementDto). */
export type FeedStatement = {
  id: number;
  countryIso3: string;
  countryName: string;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  stance: StanceKey;
  commitment: Commitment | null;
  quote: string | null;
  quoteLanguage: string | null;
  quoteTranslation: string | null;
  speaker: string | null;
  changeReason: string | null;
  /** ISO-8601 instant the version was recorded. */
  recordedAt: string;
  source: { title: string; publisher: string | null; url: string | null; publishedOn: IsoDate | null };
};

export type FeedEntry =
  /** The country's category became `statement.stance` (from `from`; null: its first stated position). */
  | { kind: "change"; from: StanceKey | null; statement: FeedStatement }
  /** The statement was retracted (`statement` is the retracted version: its reason is `changeReason`). */
  | { kind: "retraction"; statement: FeedStatement };

/**
 * Every entry passing `filter`, most recently recorded first (ties: higher statement id first).
 * `facts` are the published current versions; `statements` has each of their versions by id;
 * `retracted` are the statements whose current version is a retraction.
 */
export function feedEntries(
  facts: readonly DatedFact[],
  statements: ReadonlyMap<number, FeedStatement>,
  retracted: readonly FeedStatement[],
  filter: FeedFilter,
): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const change of stanceChanges(facts)) {
    const statement = statements.get(change.statementId);
    if (statement && passesFilter(filter, statement)) entries.push({ kind: "change", from: change.from, statement });
  }
  for (const statement of retracted) if (passesFilter(filter, statement)) entries.push({ kind: "retraction", statement });
  return entries.sort((a, b) =>
    a.statement.recordedAt !== b.statement.recordedAt ? (a.statement.recordedAt < b.statement.recordedAt ? 1 : -1) : b.statement.id - a.statement.id,
  );
}
