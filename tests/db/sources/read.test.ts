import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getSource, listSourceEvents, listSourceStatements, listSourcesWithCounts } from "@/db/sources";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;

beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});

afterAll(() => t.close());

describe("source reads", () => {
  it("counts the current published statements per source and lists them", () => {
    const sources = listSourcesWithCounts(db);
    expect(sources.reduce((s, x) => s + x.statements, 0)).toBe(21);
    const paris = sources.find((s) => s.title.startsWith("Pariser Konferenz"));
    expect(paris?.statements).toBe(8);
    const statements = listSourceStatements(db, paris!.id);
    expect(statements).toHaveLength(8);
    expect(statements.every((s) => s.source.id === paris!.id)).toBe(true);
    expect(getSource(db, paris!.id)?.title).toBe(paris!.title);
    expect(getSource(db, 99_999)).toBeNull();
  });

  it("lists the events citing a source", () => {
    const aggregator = listSourcesWithCounts(db).find((s) => s.title.startsWith("Koalition der Freiwilligen"));
    expect(listSourceEvents(db, aggregator!.id).map((e) => e.slug)).toEqual(["berlin-2025-12-15", "mar-a-lago-2025-12-28", "paris-2026-01-06"]);
  });
});
