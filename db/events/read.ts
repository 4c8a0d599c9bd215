/** Plain reads of events (summits): the public list and the editing pages' view. */
import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { eventParticipants, events, sources } from "../schema";
import type { Source } from "@/lib/types";

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

/** Summits and other dated events, oldest first, with their participants and citation. */
export function listEvents(db: Db): EventDto[] {
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
