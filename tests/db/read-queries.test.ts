import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getCountry, listCountriesWithStatements } from "@/db/queries/countries-read";
import { listDatedFacts } from "@/db/statements";
import { getSource, listSourceEvents, listSourceStatements, listSourcesWithCounts } from "@/db/queries/sources-read";
import { getStatementsAt, listCountryStatementHistories } from "@/db/statements";
import { editStatement, retractStatement } from "@/db/statements";
import { getStatement } from "@/db/statements";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let db: Db;

beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});

afterAll(() => t.close());

describe("countries-read", () => {
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

describe("listDatedFacts", () => {
  it("carries each statement's date precision", () => {
    const facts = listDatedFacts(db);
    expect(facts).toHaveLength(21);
    expect(facts.filter((f) => f.statedOnPrecision === "month").map((f) => f.countryIso3).sort()).toEqual(["DEU", "DEU", "EST"]);
  });
});

describe("sources-read", () => {
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

describe("statements-read", () => {
  it("gives a country's statements with all versions, retracted ones included, and the version visible at a past instant", () => {
    const [ita] = listCountryStatementHistories(db, "ITA");
    expect(ita?.versions).toHaveLength(1);
    const before = Date.now();
    const { current } = getStatement(db, ita!.current.id);
    const input = {
      countryIso3: "ITA",
      statedOn: current.statedOn,
      statedOnPrecision: current.statedOnPrecision,
      stance: "undecided" as const,
      contributions: [],
      conditions: null,
      quote: current.quote,
      quoteLanguage: current.quoteLanguage,
      speaker: current.speaker,
      confidence: current.confidence,
      note: current.note,
      source: { id: current.source.id },
    };
    editStatement(db, current.id, 1, input, "editor@example.org", "misread the article");
    retractStatement(db, current.id, 2, "wrong country", "editor@example.org");
    const [after] = listCountryStatementHistories(db, "ITA");
    expect(after?.versions.map((v) => [v.version, v.stance, v.status])).toEqual([
      [1, "refusal", "published"],
      [2, "undecided", "published"],
      [3, "undecided", "retracted"],
    ]);
    expect(after?.current.changeReason).toBe("wrong country");
    expect(getStatementsAt(db, [current.id], before - 1).get(current.id)?.version ?? null).toBe(1);
    expect(getStatementsAt(db, [current.id]).get(current.id)?.status).toBe("retracted");
    expect(getStatementsAt(db, []).size).toBe(0);
    // The retracted statement no longer counts as a fact.
    expect(listDatedFacts(db).some((f) => f.countryIso3 === "ITA")).toBe(false);
  });
});
