/**
 * The version history of a frozen statement or country page (`known=`): every older version cites
 * its sources as known at `known` (what the page showed at that instant), not as edited since, and
 * versions recorded after `known` are left out; the live history shows the edits.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editSource, getSourceForEdit } from "@/db/sources";
import { createStatement, editStatement, listStatementHistories } from "@/db/statements";
import { statementInput } from "@/tests/support/statement-input";
import { createTestDb, type TestDb } from "../../support/test-db";
import { freeze } from "../../support/freeze";

let t: TestDb;
beforeEach(() => {
  t = createTestDb("full");
});
afterEach(() => t.close());

const ACTOR = "editor@example.org";

describe("listStatementHistories at known", () => {
  it("cites every version's sources as known then and leaves out versions recorded later", () => {
    const { db } = t;
    const title = "A source the versions test retitles";
    const created = createStatement(db, statementInput({ countryIso3: "FRA", source: { title, publisher: null, url: null, publishedOn: null } }), ACTOR);
    const id = created.current.id;
    const sourceId = created.current.source.id;
    editStatement(db, id, 1, { ...statementInput({ countryIso3: "FRA", stance: "naval" }), source: { id: sourceId } }, ACTOR, "second reading");
    const known = freeze();

    const source = getSourceForEdit(db, sourceId);
    editSource(db, sourceId, source.version, { ...source, title: `${title} (edited)` }, ACTOR);
    editStatement(db, id, 2, { ...statementInput({ countryIso3: "FRA", stance: "undecided" }), source: { id: sourceId } }, ACTOR, "after known");

    const [frozen] = listStatementHistories(db, [id], known);
    expect(frozen!.current.version).toBe(2);
    expect(frozen!.versions.map((v) => v.version)).toEqual([1, 2]);
    for (const v of [frozen!.current, ...frozen!.versions]) {
      expect(v.source.title).toBe(title);
      expect(v.sources.map((s) => s.title)).toEqual([title]);
    }
    const [live] = listStatementHistories(db, [id]);
    expect(live!.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(live!.versions.every((v) => v.source.title === `${title} (edited)`)).toBe(true);
    // Not recorded yet at an instant before its creation: absent.
    expect(listStatementHistories(db, [id], Date.parse(created.current.recordedAt) - 1)).toEqual([]);
  });
});
