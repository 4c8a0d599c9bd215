/**
 * An event's transaction-time history (event_versions): every write to an event and its
 * participants appends the new state (participants folded in as a sorted JSON array) in the
 * writer's transaction and closes the version it replaces, so reads at a past `known`
 * (db/events/read.ts) see the events, names and participants as they were then.
 */
import "server-only";
import type { Db } from "../client";
import { appendVersion } from "../version-snapshot";

/** The row's new state, as appendVersion inserts it (binds @id, @recordedAt, @actor). */
const INSERT_EVENT_VERSION = `insert into event_versions (id, version, slug, name, place, held_on, summary, quote, quote_language, source_id, participants, recorded_at, recorded_by)
       select e.id, e.version, e.slug, e.name, e.place, e.held_on, e.summary, e.quote, e.quote_language, e.source_id,
         (select coalesce(json_group_array(p.country_iso3), '[]') from (select country_iso3 from event_participants where event_id = e.id order by country_iso3) p),
         @recordedAt, @actor
       from events e where e.id = @id`;

/**
 * Appends event `id`'s current row and participants as its newest version, recorded at `at` (never
 * before the version it closes). Call inside the transaction that wrote the event, after its participants.
 */
export function recordEventVersion(db: Db, id: number, actor: string, at: number): void {
  appendVersion(db, "event_versions", INSERT_EVENT_VERSION, id, actor, at);
}
