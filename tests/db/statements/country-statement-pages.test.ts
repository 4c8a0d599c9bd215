import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { editStatement, getStatement, listCountryStatementFacts, listCountryStatementHistories, listStatementHistories, retractStatement } from "@/db/statements";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;

beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});

afterAll(() => t.close());

/** The paged reads must list exactly what the whole read lists, in its order, for every country. */
function expectSameAsWholeRead(iso3: string): void {
  const whole = listCountryStatementHistories(db, iso3);
  const facts = listCountryStatementFacts(db, iso3);
  expect(facts.map((f) => f.statementId), iso3).toEqual(whole.map((h) => h.current.id));
  expect(facts.map((f) => [f.statedOn, f.stance, f.status])).toEqual(whole.map((h) => [h.current.statedOn, h.current.stance, h.current.status]));
  // Any slice of the ids gives those statements whole, every version, in the slice's order.
  for (const [from, to] of [[0, 2], [1, 3], [0, facts.length]] as const) {
    const ids = facts.slice(from, to).map((f) => f.statementId);
    expect(listStatementHistories(db, ids)).toEqual(whole.slice(from, to));
  }
}

describe("a country's statements a page at a time", () => {
  it("lists the same statements, versions and order as the whole read, for every seeded country", () => {
    const countries = db.$client.prepare("select distinct country_iso3 as iso3 from statements").all() as { iso3: string }[];
    expect(countries.length).toBeGreaterThan(5);
    for (const { iso3 } of countries) expectSameAsWholeRead(iso3);
  });

  it("follows edits: a statement moved to another country leaves the first one's list, a retracted one stays with its status", () => {
    const [first, second] = listCountryStatementFacts(db, "FRA");
    expect(second).toBeDefined();
    const moved = getStatement(db, first!.statementId).current;
    const input = {
      countryIso3: "DEU",
      statedOn: moved.statedOn,
      statedOnPrecision: moved.statedOnPrecision,
      stance: moved.stance,
      contributions: moved.contributions,
      conditions: moved.conditions,
      quote: moved.quote,
      quoteLanguage: moved.quoteLanguage,
      speaker: moved.speaker,
      confidence: moved.confidence,
      note: moved.note,
      source: { id: moved.source.id },
    };
    editStatement(db, moved.id, moved.version, input, "editor@example.org", "wrong country");
    retractStatement(db, second!.statementId, getStatement(db, second!.statementId).current.version, "misread", "editor@example.org");
    expect(listCountryStatementFacts(db, "FRA").map((f) => f.statementId)).not.toContain(moved.id);
    expect(listCountryStatementFacts(db, "DEU").map((f) => f.statementId)).toContain(moved.id);
    expect(listCountryStatementFacts(db, "FRA").find((f) => f.statementId === second!.statementId)?.status).toBe("retracted");
    for (const iso3 of ["FRA", "DEU"]) expectSameAsWholeRead(iso3);
  });

  it("leaves out unknown ids and answers an empty list for none", () => {
    expect(listStatementHistories(db, [])).toEqual([]);
    expect(listStatementHistories(db, [987654321])).toEqual([]);
  });
});
