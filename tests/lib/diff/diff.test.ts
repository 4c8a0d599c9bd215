import { describe, expect, it } from "vitest";
import { diffStances, summariseMoves } from "@/lib/diff/diff";
import type { StanceMove } from "@/lib/types";
import { f } from "../helpers";

const facts = [
  f(1, "FRA", "2025-01-01", "undecided"),
  f(2, "FRA", "2025-03-01", "troops"),
  f(3, "DEU", "2025-01-01", "refusal"),
  f(4, "DEU", "2025-03-01", "refusal"), // same stance, new statement: not a move
  f(5, "GBR", "2025-02-01", "troops"),
  f(6, "ITA", "2025-01-01", "support_only"),
  f(7, "ITA", "2025-02-15", "refusal"),
  f(8, "POL", "2025-01-01", "naval"),
  f(9, "POL", "2025-02-01", "troops", true), // retracted: POL stays naval
  f(10, "ESP", "2025-01-01", "troops", true), // only statement retracted: never a position
  f(11, "AUT", "2025-02-10", "undecided"),
  f(12, "AUT", "2025-02-10", "air_policing"), // same day, recorded later: wins
];

describe("diffStances", () => {
  it("lists countries whose stance differs, sorted by destination rank then country", () => {
    expect(diffStances(facts, "2025-01-15", "2025-03-01")).toEqual<StanceMove[]>([
      { countryIso3: "FRA", from: "undecided", to: "troops", fromStatementId: 1, toStatementId: 2 },
      { countryIso3: "GBR", from: null, to: "troops", fromStatementId: null, toStatementId: 5 },
      { countryIso3: "AUT", from: null, to: "air_policing", fromStatementId: null, toStatementId: 12 },
      { countryIso3: "ITA", from: "support_only", to: "refusal", fromStatementId: 6, toStatementId: 7 },
    ]);
  });

  it("puts moves to no stated position last", () => {
    const moves = diffStances(facts, "2025-03-01", "2024-12-31");
    expect(moves.every((m) => m.to === null)).toBe(true);
    expect(moves.map((m) => m.countryIso3)).toEqual(["AUT", "DEU", "FRA", "GBR", "ITA", "POL"]);
    const mixed = diffStances([f(1, "AAA", "2025-01-01", "refusal"), f(2, "BBB", "2025-02-01", "refusal")], "2025-01-01", "2025-02-01");
    expect(mixed.map((m) => m.countryIso3)).toEqual(["BBB"]);
  });

  it("is empty for equal dates, no facts, or nothing changing", () => {
    expect(diffStances(facts, "2025-02-01", "2025-02-01")).toEqual([]);
    expect(diffStances([], "2025-01-01", "2025-12-31")).toEqual([]);
    expect(diffStances(facts, "2025-03-01", "2026-01-01")).toEqual([]);
  });

  it("does not depend on input order", () => {
    expect(diffStances([...facts].reverse(), "2025-01-15", "2025-03-01")).toEqual(diffStances(facts, "2025-01-15", "2025-03-01"));
  });
});

describe("summariseMoves", () => {
  const move = (to: StanceMove["to"], iso3 = "XXX"): StanceMove => ({ countryIso3: iso3, from: null, to, fromStatementId: null, toStatementId: null });

  it("says 'no changes' when empty", () => {
    expect(summariseMoves([])).toBe("no changes");
  });

  it("groups by destination, strongest first, with grammar for one", () => {
    const moves = [move("refusal"), move("troops"), move("troops"), move("troops"), move("troops")];
    expect(summariseMoves(moves)).toBe("4 countries moved to troops, 1 to refusal");
    expect(summariseMoves([move("refusal")])).toBe("1 country moved to refusal");
    expect(summariseMoves([move("naval"), move("naval")])).toBe("2 countries moved to naval");
  });

  it("describes null as no stated position, last", () => {
    expect(summariseMoves([move(null), move("undecided")])).toBe("1 country moved to undecided, 1 to no stated position");
    expect(summariseMoves([move(null)])).toBe("1 country moved to no stated position");
  });

  it("uses labels when given and readable keys otherwise", () => {
    expect(summariseMoves([move("air_policing"), move("training_only")])).toBe("1 country moved to air policing, 1 to training only");
    expect(summariseMoves([move("troops"), move("refusal")], { troops: "ground troops" })).toBe("1 country moved to ground troops, 1 to refusal");
  });
});
