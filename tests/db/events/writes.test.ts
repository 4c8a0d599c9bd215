import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError } from "@/db/errors";
import { createEvent, editEvent, getEventForEdit, type EventInput } from "@/db/events";
import type { Db } from "@/db/client";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;
beforeEach(() => {
  t = createTestDb("full");
  db = t.db;
});
afterEach(() => t.close());

describe("events", () => {
  const event: EventInput = {
    slug: "london-2026-03-01",
    name: "London meeting",
    place: "London",
    heldOn: "2026-03-01",
    summary: null,
    quote: null,
    quoteLanguage: null,
    source: null,
    participants: ["GBR", "FRA"],
  };

  it("creates with participants and a new source, refuses a taken slug and a stale edit", () => {
    const e = createEvent(db, { ...event, source: { title: "BBC report", publisher: "BBC", url: "https://example.org/bbc", publishedOn: null } }, "a@example.org");
    expect(e.participants).toEqual(["FRA", "GBR"]);
    expect(e.sourceTitle).toBe("BBC report");
    expect(() => createEvent(db, event, "a@example.org")).toThrow(InvalidInputError);
    const edited = editEvent(db, e.id, 1, { ...event, participants: ["DEU"] }, "b@example.org");
    expect(edited).toMatchObject({ version: 2, participants: ["DEU"], sourceId: null });
    expect(() => editEvent(db, e.id, 1, event, "c@example.org")).toThrow(ConflictError);
    expect(getEventForEdit(db, e.id).participants).toEqual(["DEU"]);
  });

  it("refuses unknown participants", () => {
    expect(() => createEvent(db, { ...event, participants: ["XXX"] }, "a@example.org")).toThrow(/Unknown countries XXX/);
  });
});
