/**
 * The sources list at a past `known` (app/sources/page.tsx): each source as known then, no source
 * recorded later, and counts of the statement versions current then; the live list shows the edits.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSource, editSource, getSourceForEdit, listSourcesWithCounts } from "@/db/sources";
import { getStancesAsOf, retractStatement } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { createTestDb, type TestDb } from "../../support/test-db";
import { freeze } from "../../support/freeze";

let t: TestDb;
beforeEach(() => {
  t = createTestDb("full");
});
afterEach(() => t.close());

describe("listSourcesWithCounts at a past known", () => {
  it("lists the sources, their fields and their counts as they were", () => {
    const { db } = t;
    const before = listSourcesWithCounts(db);
    const cited = getStancesAsOf(db, todayIso())[0]!;
    const source = getSourceForEdit(db, cited.source.id);
    const known = freeze();
    expect(listSourcesWithCounts(db, known)).toEqual(before);

    editSource(db, source.id, source.version, { ...source, title: `${source.title} (edited)` }, "editor@example.org");
    const added = createSource(
      db,
      { title: "A source recorded after the frozen instant", publisher: null, url: null, publishedOn: "2030-01-01", language: null, retrievedOn: null, archivedUrl: null, note: null },
      "editor@example.org",
    );
    retractStatement(db, cited.id, cited.version, "a later retraction", "editor@example.org");

    const frozen = listSourcesWithCounts(db, known);
    expect(frozen).toEqual(before);
    const live = listSourcesWithCounts(db);
    expect(live.map((s) => s.id)).toContain(added.id);
    expect(live.find((s) => s.id === source.id)!.title).toBe(`${source.title} (edited)`);
    expect(live.find((s) => s.id === source.id)!.statements).toBe(before.find((s) => s.id === source.id)!.statements - 1);
  });
});
