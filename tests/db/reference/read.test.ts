import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFileRows } from "../../support/seed-file";
import type { Db } from "@/db/client";
import { getCountry, listCountriesWithStatements } from "@/db/reference";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;

beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});

afterAll(() => t.close());

describe("countries", () => {
  it("finds a country by exact ISO3 and returns null otherwise", () => {
    expect(getCountry(db, "ITA")?.name).toBe("Italy");
    expect(getCountry(db, "ita")).toBeNull();
    expect(getCountry(db, "XXX")).toBeNull();
  });

  it("lists only countries with current statements, with counts", () => {
    const list = listCountriesWithStatements(db);
    const rows = seedFileRows();
    expect(list.find((c) => c.iso3 === "DEU")?.statements).toBe(rows.filter((r) => r.country === "DEU").length);
    // Malta: no usable statement was found (DATASET.md).
    expect(rows.some((r) => r.country === "MLT")).toBe(false);
    expect(list.some((c) => c.iso3 === "MLT")).toBe(false);
  });
});
