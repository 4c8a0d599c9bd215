import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    expect(list.find((c) => c.iso3 === "DEU")?.statements).toBe(5);
    expect(list.some((c) => c.iso3 === "AUT")).toBe(false);
  });
});
