import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citedTitles, seedFileRows } from "../../support/seed-file";
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
    // Each statement counts once for every source it cites, primary or corroborating.
    const rows = seedFileRows();
    expect(sources.reduce((s, x) => s + x.statements, 0)).toBe(rows.reduce((n, r) => n + citedTitles(r).length, 0));
    const paris = sources.find((s) => s.title.startsWith("Pariser Konferenz"));
    const citing = rows.filter((r) => citedTitles(r).includes(paris!.title));
    expect(citing.filter((r) => r.source_title !== paris!.title).length).toBeGreaterThan(0);
    expect(paris?.statements).toBe(citing.length);
    const statements = listSourceStatements(db, paris!.id);
    expect(statements).toHaveLength(citing.length);
    expect(statements.every((s) => s.sources.some((src) => src.id === paris!.id))).toBe(true);
    expect(getSource(db, paris!.id)?.title).toBe(paris!.title);
    expect(getSource(db, 99_999)).toBeNull();
  });

  it("lists the events citing a source", () => {
    const aggregator = listSourcesWithCounts(db).find((s) => s.title.startsWith("Koalition der Freiwilligen"));
    expect(listSourceEvents(db, aggregator!.id).map((e) => e.slug)).toEqual(["berlin-2025-12-15", "mar-a-lago-2025-12-28", "paris-2026-01-06"]);
  });
});
