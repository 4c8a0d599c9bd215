import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError } from "@/db/errors";
import { createSource, editSource, getSourceForEdit, searchSources, type SourceInput } from "@/db/queries/source-writes";
import { createEvent, editEvent, getEventForEdit, type EventInput } from "@/db/queries/event-writes";
import { listAuditEntries, lastChange } from "@/db/queries/history";
import { createStatement, editStatement } from "@/db/statements";
import type { Db } from "@/db/client";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let db: Db;
beforeEach(() => {
  t = createTestDb("full");
  db = t.db;
});
afterEach(() => t.close());

const source: SourceInput = {
  title: "Macron on the force",
  publisher: "Le Monde",
  url: "https://example.org/macron",
  publishedOn: "2026-03-06",
  language: "fr",
  retrievedOn: null,
  archivedUrl: null,
  note: null,
};

describe("sources", () => {
  it("creates, finds, and edits with a version check; the audit log keeps before and after", () => {
    const s = createSource(db, source, "a@example.org");
    expect(s).toMatchObject({ title: "Macron on the force", version: 1, citedBy: 0 });
    expect(searchSources(db, "le monde").map((x) => x.id)).toContain(s.id);
    expect(searchSources(db, "100%_")).toEqual([]);
    const edited = editSource(db, s.id, 1, { ...source, title: "Macron: France ready" }, "b@example.org");
    expect(edited.version).toBe(2);
    expect(() => editSource(db, s.id, 1, { ...source, title: "stale" }, "c@example.org")).toThrow(ConflictError);
    expect(getSourceForEdit(db, s.id).title).toBe("Macron: France ready");
    const { entries } = listAuditEntries(db, { entity: "source" });
    expect(entries[0]).toMatchObject({ actor: "b@example.org", action: "edit", entityId: String(s.id) });
    expect((entries[0]!.before as { title: string }).title).toBe("Macron on the force");
    expect(lastChange(db, "source", s.id)?.actor).toBe("b@example.org");
  });

  it("refuses a duplicate (same URL) and names the existing source", () => {
    const s = createSource(db, source, "a@example.org");
    try {
      createSource(db, { ...source, title: "Other title" }, "a@example.org");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).fieldErrors.url?.[0]).toContain(`#${s.id}`);
    }
  });
});

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

describe("history filters", () => {
  it("filters by editor, country and day", () => {
    const input = {
      countryIso3: "PRT",
      statedOn: "2026-03-05",
      statedOnPrecision: "day" as const,
      stance: "troops" as const,
      contributions: [],
      conditions: null,
      quote: null,
      quoteLanguage: null,
      speaker: null,
      confidence: "high" as const,
      note: null,
      source: { id: 1 },
    };
    const s = createStatement(db, input, "ana@example.org");
    editStatement(db, s.current.id, 1, { ...input, stance: "naval" }, "ben@example.org");
    expect(listAuditEntries(db, { actor: "ben@example.org" }).entries.map((e) => e.action)).toEqual(["edit"]);
    expect(listAuditEntries(db, { country: "PRT" }).entries.map((e) => e.actor)).toEqual(["ben@example.org", "ana@example.org"]);
    const today = new Date().toISOString().slice(0, 10);
    expect(listAuditEntries(db, { country: "PRT", from: today, to: today }).entries).toHaveLength(2);
    expect(listAuditEntries(db, { country: "PRT", to: "2020-01-01" }).entries).toHaveLength(0);
    const page = listAuditEntries(db, { limit: 1 });
    expect(page.more).toBe(true);
    expect(listAuditEntries(db, { limit: 1, beforeId: page.entries[0]!.id }).entries[0]!.id).toBeLessThan(page.entries[0]!.id);
  });
});
