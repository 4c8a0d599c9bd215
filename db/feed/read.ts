/**
 * What the Atom feeds read (lib/feed): every current statement version, published or retracted, in
 * one scan with the shared select list, and when the data was last written (the feed's `updated`).
 */
import "server-only";
import type { Db } from "../client";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, type StatementRow } from "../statements";
import { feedEntries, type FeedEntry } from "@/lib/feed/position-changes";
import type { FeedFilter } from "@/lib/feed/feed-query";

export type FeedData = { entries: FeedEntry[]; updated: Date };

/** The feed's entries for `filter` (see lib/feed/position-changes.ts) and the last write's instant. */
export function readFeed(db: Db, filter: FeedFilter): FeedData {
  const current = (
    db.$client.prepare(`select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS} where s.superseded_at is null`).all() as StatementRow[]
  ).map(toStatementDto);
  const published = current.filter((s) => s.status === "published");
  const facts = published.map((s) => ({ statementId: s.id, countryIso3: s.countryIso3, statedOn: s.statedOn, stance: s.stance, statedOnPrecision: s.statedOnPrecision }));
  const entries = feedEntries(
    facts,
    new Map(published.map((s) => [s.id, s])),
    current.filter((s) => s.status === "retracted"),
    filter,
  );
  const last = db.$client.prepare("select max(recorded_at) from statements").pluck().get() as number | null;
  return { entries, updated: new Date(last ?? 0) };
}
