/**
 * The event write internals: insert and in-place edit under optimistic concurrency, participants
 * and audit entry in the same transaction. Inputs are already validated (validation.ts); the verbs
 * (verbs.ts) are what the app calls.
 */
import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { ConflictError, InvalidInputError } from "../errors";
import { countries, eventParticipants, events } from "../schema";
import { recordAudit } from "../audit/record";
import { resolveSource, type SourceRef } from "../sources/resolve";
import { recordEventVersion } from "./history";
import { getEventForEdit, type EditableEvent, type EventFields } from "./read";

/** Everything an editor sets on an event; the citation is optional. */
export type EventInput = EventFields & { source: SourceRef | null; participants: string[] };

function checkInput(db: Db, input: EventInput, selfId: number | null): void {
  const taken = db.select({ id: events.id }).from(events).where(eq(events.slug, input.slug)).get();
  if (taken && taken.id !== selfId) {
    throw new InvalidInputError(`The slug ${input.slug} is taken`, { slug: [`'${input.slug}' is already used by another event`] });
  }
  const known =
    input.participants.length === 0
      ? new Set<string>()
      : new Set(db.select({ iso3: countries.iso3 }).from(countries).where(inArray(countries.iso3, input.participants)).all().map((r) => r.iso3));
  const unknown = input.participants.filter((iso3) => !known.has(iso3));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Unknown countries ${unknown.join(", ")}`, { participants: [`unknown countries: ${unknown.join(", ")}`] });
  }
}

function writeParticipants(db: Db, eventId: number, participants: string[]): void {
  db.delete(eventParticipants).where(eq(eventParticipants.eventId, eventId)).run();
  const rows = [...new Set(participants)].map((countryIso3) => ({ eventId, countryIso3 }));
  if (rows.length > 0) db.insert(eventParticipants).values(rows).run();
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
    const { id: eventId } = db
      .insert(events)
      .values({ ...columns(db, input, actor, at), createdAt: at, createdBy: actor })
      .returning({ id: events.id })
      .get();
    writeParticipants(db, eventId, input.participants);
    recordEventVersion(db, eventId, actor, at);
    recordAudit(db, { actor, action: "create", entity: "event", entityId: eventId, after: getEventForEdit(db, eventId) });
    return eventId;
  })();
  return getEventForEdit(db, id);
}

/**
 * Changes an event, refusing when the editor worked from an older version (the newer one is
 * attached to the ConflictError). The previous state stays in event_versions and the audit entry.
 */
export function editEvent(db: Db, id: number, baseVersion: number, input: EventInput, actor: string): EditableEvent {
  db.$client.transaction(() => {
    const before = getEventForEdit(db, id);
    if (before.version !== baseVersion) {
      throw new ConflictError(`Event ${id} was changed (version ${before.version}) after you opened version ${baseVersion}.`, before);
    }
    checkInput(db, input, id);
    const at = Date.now();
    db.update(events)
      .set({ ...columns(db, input, actor, at), version: sql`${events.version} + 1` })
      .where(eq(events.id, id))
      .run();
    writeParticipants(db, id, input.participants);
    recordEventVersion(db, id, actor, at);
    recordAudit(db, { actor, action: "edit", entity: "event", entityId: id, before, after: getEventForEdit(db, id) });
  })();
  return getEventForEdit(db, id);
}
