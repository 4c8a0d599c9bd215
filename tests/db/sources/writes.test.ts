import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError } from "@/db/errors";
import { createSource, editSource, getSourceForEdit, searchSources, type SourceInput } from "@/db/sources";
import { listAuditEntries, lastChange } from "@/db/audit";
import type { Db } from "@/db/client";
import { createTestDb, type TestDb } from "../../support/test-db";

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
