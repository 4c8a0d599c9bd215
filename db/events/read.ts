/** Plain reads of events (summits): the public list and the editing pages' view. */
import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { eventParticipants, events, sources } from "../schema";
import type { Source } from "@/lib/types";
import { visibleAt } from "../statements/rows";

/** The columns an editor types for an event, typed from the schema. */
export type EventFields = Pick<typeof events.$inferSelect, "slug" | "name" | "place" | "heldOn" | "summary" | "quote" | "quoteLanguage">;

export type EventDto = EventFields & {
  id: number;
  participants: string[];
  source: Pick<Source, "id" | "title" | "publisher" | "url" | "publishedOn"> | null;
};

/** A summit or other event as the editing pages see it. */
export type EditableEvent = EventFields & {
  id: number;
  sourceId: number | null;
  sourceTitle: string | null;
  participants: string[];
  version: number;
};

const EVENT = {
  id: events.id,
  slug: events.slug,
  name: events.name,
  place: events.place,
  heldOn: events.heldOn,
  summary: events.summary,
  quote: events.quote,
  quoteLanguage: events.quoteLanguage,
  // One row per event with its participants folded in (a join would repeat the event per country).
  participants: sql<string | null>`(select group_concat(p.country_iso3, ',') from ${eventParticipants} p where p.event_id = events.id)`,
};

const splitParticipants = (list: string | null): string[] => (list ? list.split(",").sort() : []);

/** An event version row as the reads at `known` select it (participants a JSON array). */
type VersionRow = EventFields & {
  id: number;
  participants: string;
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
};

/**
 * The event versions current at `known`, each with its citation as known then (the source version
 * current at `known`); `where` narrows them (binds @known and the caller's parameters).
 */
function versionsAt(db: Db, known: number, where: string, params: Record<string, string | number>): EventDto[] {
  const rows = db.$client
    .prepare(
      `select e.id, e.slug, e.name, e.place, e.held_on as heldOn, e.summary, e.quote, e.quote_language as quoteLanguage, e.participants,
         src.id as sourceId, src.title as sourceTitle, src.publisher as sourcePublisher, src.url as sourceUrl, src.published_on as sourcePublishedOn
       from event_versions e
       left join source_versions src on src.id = e.source_id and ${visibleAt(known, "src")}
       where ${visibleAt(known, "e")} ${where}
       order by e.held_on, e.id`,
    )
    .all({ ...params, known }) as VersionRow[];
  return rows.map(({ participants, sourceId, sourceTitle, sourcePublisher, sourceUrl, sourcePublishedOn, ...e }) => ({
    ...e,
    participants: (JSON.parse(participants) as string[]).sort(),
    source:
      sourceId === null || sourceTitle === null
        ? null
        : { id: sourceId, title: sourceTitle, publisher: sourcePublisher, url: sourceUrl, publishedOn: sourcePublishedOn },
  }));
}

/**
 * Summits and other dated events, oldest first, with their participants and citation, as known at
 * `known` (ms: the versions current then, db/events/history.ts) or now.
 */
export function listEvents(db: Db, known: number | null = null): EventDto[] {
  if (known !== null) return versionsAt(db, known, "", {});
  const rows = db
    .select({
      ...EVENT,
      sourceId: sources.id,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
      sourcePublishedOn: sources.publishedOn,
    })
    .from(events)
    .leftJoin(sources, eq(sources.id, events.sourceId))
    .orderBy(asc(events.heldOn), asc(events.id))
    .all();
  return rows.map(({ participants, sourceId, sourceTitle, sourcePublisher, sourceUrl, sourcePublishedOn, ...e }) => ({
    ...e,
    participants: splitParticipants(participants),
    source:
      sourceId === null || sourceTitle === null
        ? null
        : { id: sourceId, title: sourceTitle, publisher: sourcePublisher, url: sourceUrl, publishedOn: sourcePublishedOn },
  }));
}

/** The event with this slug as known at `known` (or now), or null when there was none then. */
export function getEventBySlug(db: Db, slug: string, known: number | null = null): EventDto | null {
  if (known !== null) return versionsAt(db, known, "and e.slug = @slug", { slug })[0] ?? null;
  return listEvents(db).find((e) => e.slug === slug) ?? null;
}

function editableQuery(db: Db) {
  return db
    .select({ ...EVENT, sourceId: events.sourceId, sourceTitle: sources.title, version: events.version })
    .from(events)
    .leftJoin(sources, eq(sources.id, events.sourceId));
}

/** One event for editing. @throws NotFoundError */
export function getEventForEdit(db: Db, id: number): EditableEvent {
  const row = editableQuery(db).where(eq(events.id, id)).get();
  if (!row) throw new NotFoundError(`No event with id ${id}`);
  return { ...row, participants: splitParticipants(row.participants) };
}

/** Every event, newest first, for the admin list. */
export function listEventsForEdit(db: Db): EditableEvent[] {
  return editableQuery(db)
    .orderBy(desc(events.heldOn), desc(events.id))
    .all()
    .map((row) => ({ ...row, participants: splitParticipants(row.participants) }));
}
