import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/db/audit";
import { createStatement, editStatement } from "@/db/statements";
import type { Db } from "@/db/client";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;
beforeEach(() => {
  t = createTestDb("full");
  db = t.db;
});
afterEach(() => t.close());

describe("history filters", () => {
  it("filters by editor, country and day", () => {
    const input = {
      countryIso3: "MLT",
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
    expect(listAuditEntries(db, { country: "MLT" }).entries.map((e) => e.actor)).toEqual(["ben@example.org", "ana@example.org"]);
    const today = new Date().toISOString().slice(0, 10);
    expect(listAuditEntries(db, { country: "MLT", from: today, to: today }).entries).toHaveLength(2);
    expect(listAuditEntries(db, { country: "MLT", to: "2020-01-01" }).entries).toHaveLength(0);
    const page = listAuditEntries(db, { limit: 1 });
    expect(page.more).toBe(true);
    expect(listAuditEntries(db, { limit: 1, beforeId: page.entries[0]!.id }).entries[0]!.id).toBeLessThan(page.entries[0]!.id);
  });
});
