/**
 * What the Atom feeds read (lib/feed): every current statement version, published or retracted, in
 * one scan with the shared select list, and when the data was last written (the feed's `updated`).
 */
import "server-only";
import type { Db } from "../client";
import { statementColumns, statementJoins, toStatementDto, visibleAt, type StatementRow } from "../statements";
import { feedEntries, type FeedEntry } from "@/lib/feed/position-changes";
import type { FeedFilter } from "@/lib/feed/feed-query";

export type FeedData = { entries: FeedEntry[]; updated: Date };

/** The feed's entries for `filter` (see lib/feed/position-changes.ts) and the last write's instant. */
export function readFeed(db: Db, filter: FeedFilter): FeedData {
  // As known at `known` (the versions current then, citing their sources as known then), or now.
  const known = filter.known ?? null;
  const bind = known === null ? {} : { known };
  const current = (
    db.$client.prepare(`select ${statementColumns(known)} from statements s ${statementJoins(known)} where ${visibleAt(known)}`).all(bind) as StatementRow[]
  ).map(toStatementDto);
  const published = current.filter((s) => s.status === "published");
  const facts = published.map((s) => ({ statementId: s.id, countryIso3: s.countryIso3, statedOn: s.statedOn, stance: s.stance, statedOnPrecision: s.statedOnPrecision }));
  const entries = feedEntries(
    facts,
    new Map(published.map((s) => [s.id, s])),
    current.filter((s) => s.status === "retracted"),
    filter,
  );
  const last = db.$client.prepare(`select max(recorded_at) from statements${known === null ? "" : " where recorded_at <= @known"}`).pluck().get(bind) as number | null;
  return { entries, updated: new Date(last ?? 0) };
}
