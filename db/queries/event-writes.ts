import "server-only";
import type { Db } from "../client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import type { IsoDate } from "@/lib/types";
import { recordAudit } from "./audit";
import { resolveSource, type SourceRef } from "./sources";

/** A summit or other event as the editing pages see it. */
export type EditableEvent = {
  id: number;
  slug: string;
  name: string;
  place: string | null;
  heldOn: IsoDate;
  summary: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  sourceId: number | null;
  sourceTitle: string | null;
  participants: string[];
  version: number;
};

/** Everything an editor sets on an event; the citation is optional. */
export type EventInput = {
  slug: string;
  name: string;
  place: string | null;
  heldOn: IsoDate;
  summary: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  source: SourceRef | null;
  participants: string[];
};

type EventRow = Omit<EditableEvent, "participants"> & { participants: string | null };

const SELECT = `select e.id, e.slug, e.name, e.place, e.held_on as heldOn, e.summary, e.quote, e.quote_language as quoteLanguage,
    e.source_id as sourceId, src.title as sourceTitle, e.version,
    (select group_concat(p.country_iso3, ',') from event_participants p where p.event_id = e.id) as participants
  from events e left join sources src on src.id = e.source_id`;

function toDto(r: EventRow): EditableEvent {
  return { ...r, participants: r.participants ? r.participants.split(",").sort() : [] };
}

/** One event for editing. @throws NotFoundError */
export function getEventForEdit(db: Db, id: number): EditableEvent {
  const row = db.$client.prepare(`${SELECT} where e.id = ?`).get(id) as EventRow | undefined;
  if (!row) throw new NotFoundError(`No event with id ${id}`);
  return toDto(row);
}

/** Every event, newest first, for the admin list. */
export function listEventsForEdit(db: Db): EditableEvent[] {
  return (db.$client.prepare(`${SELECT} order by e.held_on desc, e.id desc`).all() as EventRow[]).map(toDto);
}

function checkInput(db: Db, input: EventInput, selfId: number | null): void {
  const taken = db.$client.prepare("select id from events where slug = ?").get(input.slug) as { id: number } | undefined;
  if (taken && taken.id !== selfId) {
    throw new InvalidInputError(`The slug ${input.slug} is taken`, { slug: [`'${input.slug}' is already used by another event`] });
  }
  const known = db.$client.prepare("select 1 from countries where iso3 = ?");
  const unknown = input.participants.filter((iso3) => !known.get(iso3));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Unknown countries ${unknown.join(", ")}`, { participants: [`unknown countries: ${unknown.join(", ")}`] });
  }
}

function writeParticipants(db: Db, eventId: number, participants: string[]): void {
  db.$client.prepare("delete from event_participants where event_id = ?").run(eventId);
  const insert = db.$client.prepare("insert into event_participants (event_id, country_iso3) values (?, ?)");
  for (const iso3 of new Set(participants)) insert.run(eventId, iso3);
}

function columns(db: Db, input: EventInput, actor: string, at: number) {
  const { slug, name, place, heldOn, summary, quote, quoteLanguage, source } = input;
  return { slug, name, place, heldOn, summary, quote, quoteLanguage, sourceId: source === null ? null : resolveSource(db, source, actor, at) };
}

/** Records a new event, its participants and audit entry in one transaction; returns it. */
export function createEvent(db: Db, input: EventInput, actor: string): EditableEvent {
  const id = db.$client.transaction(() => {
    checkInput(db, input, null);
    const at = Date.now();
    const { lastInsertRowid } = db.$client
      .prepare(
        `insert into events (slug, name, place, held_on, summary, quote, quote_language, source_id, created_at, created_by)
         values (@slug, @name, @place, @heldOn, @summary, @quote, @quoteLanguage, @sourceId, @at, @actor)`,
      )
      .run({ ...columns(db, input, actor, at), at, actor });
    const eventId = Number(lastInsertRowid);
    writeParticipants(db, eventId, input.participants);
    recordAudit(db, { actor, action: "create", entity: "event", entityId: eventId, after: getEventForEdit(db, eventId) });
    return eventId;
  })();
  return getEventForEdit(db, id);
}

/**
 * Changes an event in place, refusing when the editor worked from an older version (the newer
 * one is attached to the ConflictError). The audit entry keeps the old values.
 */
export function editEvent(db: Db, id: number, baseVersion: number, input: EventInput, actor: string): EditableEvent {
  db.$client.transaction(() => {
    const before = getEventForEdit(db, id);
    if (before.version !== baseVersion) {
      throw new ConflictError(`Event ${id} was changed (version ${before.version}) after you opened version ${baseVersion}.`, before);
    }
    checkInput(db, input, id);
    db.$client
      .prepare(
        `update events set slug = @slug, name = @name, place = @place, held_on = @heldOn, summary = @summary, quote = @quote,
           quote_language = @quoteLanguage, source_id = @sourceId, version = version + 1 where id = @id`,
      )
      .run({ ...columns(db, input, actor, Date.now()), id });
    writeParticipants(db, id, input.participants);
    recordAudit(db, { actor, action: "edit", entity: "event", entityId: id, before, after: getEventForEdit(db, id) });
  })();
  return getEventForEdit(db, id);
}
