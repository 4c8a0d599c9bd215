/**
 * Sources and events are bitemporal like statements (migration 0008, db/sources/history.ts,
 * db/events/history.ts): a read at a past `known` shows the citation text, the events and their
 * participants as they were then, while the live read shows the edit.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEvent, editEvent, getEventBySlug, getEventForEdit, listEvents } from "@/db/events";
import { editSource, getSource, getSourceForEdit, listSourceEvents, listSourceStatements } from "@/db/sources";
import { getStancesAsOf, getStatementsAt, getTimelinePayload, listCountryStatements } from "@/db/statements";
import { searchStatements } from "@/db/search";
import { todayIso } from "@/lib/dates";
import { createTestDb, type TestDb } from "../../support/test-db";
import { freeze } from "../../support/freeze";

let t: TestDb;
beforeEach(() => {
  t = createTestDb("full");
});
afterEach(() => t.close());

const SUMMIT = {
  slug: "test-summit-after-known",
  name: "A summit recorded after the frozen instant",
  place: "Nowhere",
  heldOn: "2025-10-01",
  summary: null,
  quote: null,
  quoteLanguage: null,
  source: null,
  participants: ["FRA", "GBR"],
};

describe("reads as known at a past instant", () => {
  it("cite a source's title as it was, in every statement read, while live reads show the edit", () => {
    const { db } = t;
    const date = todayIso();
    const cited = getStancesAsOf(db, date)[0]!;
    const source = getSourceForEdit(db, cited.source.id);
    const known = freeze();
    editSource(db, source.id, source.version, { ...source, title: `${source.title} (edited)`, note: "a later note" }, "editor@example.org");

    const frozen = getStancesAsOf(db, date, known).find((s) => s.id === cited.id)!;
    const live = getStancesAsOf(db, date).find((s) => s.id === cited.id)!;
    expect(frozen.source.title).toBe(source.title);
    expect(frozen.source.note).toBe(source.note);
    expect(live.source.title).toBe(`${source.title} (edited)`);
    // Every other read that carries citations: by id, by country, by source, the search, the source itself.
    expect(getStatementsAt(db, [cited.id], known).get(cited.id)!.source.title).toBe(source.title);
    expect(getStatementsAt(db, [cited.id]).get(cited.id)!.source.title).toBe(`${source.title} (edited)`);
    const countryCitations = listCountryStatements(db, cited.countryIso3, known).flatMap((s) => s.sources).filter((s) => s.id === source.id);
    expect(countryCitations.length).toBeGreaterThan(0);
    expect(countryCitations.every((s) => s.title === source.title)).toBe(true);
    expect(listSourceStatements(db, source.id, known).map((s) => s.sources.find((x) => x.id === source.id)!.title)).not.toContain(`${source.title} (edited)`);
    const liveBySource = listSourceStatements(db, source.id);
    expect(liveBySource.length).toBeGreaterThan(0);
    expect(liveBySource.every((s) => s.sources.find((x) => x.id === source.id)!.title === `${source.title} (edited)`)).toBe(true);
    expect(getSource(db, source.id, known)!.title).toBe(source.title);
    expect(getSource(db, source.id)!.title).toBe(`${source.title} (edited)`);
    const word = cited.quote!.split(/\s+/).find((w) => /^[\p{L}]{4,}$/u.test(w))!;
    const hit = searchStatements(db, [word], { known }).results.find((s) => s.id === cited.id);
    expect(hit).toBeDefined();
    expect(hit!.sources.every((s) => s.id !== source.id || s.title === source.title)).toBe(true);
    // The timeline payload (charts, slider) names the sources as known then.
    expect(JSON.stringify(getTimelinePayload(db, known))).not.toContain(`${source.title} (edited)`);
    expect(JSON.stringify(getTimelinePayload(db))).toContain(`${source.title} (edited)`);
  });

  it("list the events, their names and participants as they were", () => {
    const { db } = t;
    const before = listEvents(db);
    const known = freeze();
    const created = createEvent(db, SUMMIT, "editor@example.org");
    expect(listEvents(db, known)).toEqual(before);
    expect(listEvents(db).map((e) => e.slug)).toContain(SUMMIT.slug);
    expect(getEventBySlug(db, SUMMIT.slug, known)).toBeNull();
    expect(getEventBySlug(db, SUMMIT.slug)!.participants).toEqual(["FRA", "GBR"]);
    expect(JSON.stringify(getTimelinePayload(db, known))).not.toContain(SUMMIT.name);

    const second = freeze();
    const current = getEventForEdit(db, created.id);
    editEvent(db, created.id, current.version, { ...SUMMIT, name: "Renamed summit", participants: ["DEU"] }, "editor@example.org");
    const then = getEventBySlug(db, SUMMIT.slug, second)!;
    expect(then.name).toBe(SUMMIT.name);
    expect(then.participants).toEqual(["FRA", "GBR"]);
    expect(getEventBySlug(db, SUMMIT.slug)).toMatchObject({ name: "Renamed summit", participants: ["DEU"] });
  });

  it("name an event's citation as known then", () => {
    const { db } = t;
    const event = listEvents(db).find((e) => e.source !== null)!;
    const source = getSourceForEdit(db, event.source!.id);
    const known = freeze();
    editSource(db, source.id, source.version, { ...source, title: `${source.title} (edited)` }, "editor@example.org");
    expect(getEventBySlug(db, event.slug, known)!.source!.title).toBe(source.title);
    expect(getEventBySlug(db, event.slug)!.source!.title).toBe(`${source.title} (edited)`);
    expect(listSourceEvents(db, source.id, known).map((e) => e.slug)).toContain(event.slug);
  });

  it("keep one open version per source and event, each recorded no later than anything citing it", () => {
    const { db } = t;
    const c = db.$client;
    expect(c.prepare("select count(*) from source_versions where superseded_at is null").pluck().get()).toBe(c.prepare("select count(*) from sources").pluck().get());
    expect(c.prepare("select count(*) from event_versions where superseded_at is null").pluck().get()).toBe(c.prepare("select count(*) from events").pluck().get());
    // A statement version visible at its own recorded_at finds its source's version then.
    const orphans = c
      .prepare(
        `select count(*) from statements s where not exists (select 1 from source_versions v where v.id = s.source_id
           and v.recorded_at <= s.recorded_at and (v.superseded_at is null or v.superseded_at > s.recorded_at))`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
  });
});
