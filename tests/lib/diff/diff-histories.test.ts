import { describe, expect, it } from "vitest";
import { diffStances } from "@/lib/diff/diff";
import { f } from "../helpers";

// The seed's shapes as a hand-built history: month precision, same-day pairs, retractions.
describe("diffStances on a seed-like history", () => {
  const history = [
    f(1, "DEU", "2025-08-01", "undecided"), // month precision (2025-08)
    f(2, "DEU", "2025-09-04", "undecided"),
    f(3, "DEU", "2025-09-04", "support_only"), // same day, larger id: decides
    f(4, "FRA", "2025-09-04", "troops"),
    f(5, "ITA", "2026-01-06", "refusal"),
    f(6, "POL", "2025-09-04", "troops"),
    f(7, "POL", "2025-12-01", "training_only", true), // retracted: never counts
    f(8, "ESP", "2025-10-01", "naval", true), // the only statement, retracted
    f(9, "USA", "2025-09-04", "undecided"),
    f(10, "USA", "2025-12-15", "support_only"),
  ];

  it("lists only countries whose stance differs, with the deciding statements", () => {
    expect(diffStances(history, "2025-09-05", "2026-01-07")).toEqual([
      { countryIso3: "USA", from: "undecided", to: "support_only", fromStatementId: 9, toStatementId: 10 },
      { countryIso3: "ITA", from: null, to: "refusal", fromStatementId: null, toStatementId: 5 },
    ]);
  });

  it("resolves same-day statements by the larger id on both sides", () => {
    const moves = diffStances(history, "2025-08-31", "2025-09-04");
    expect(moves.find((m) => m.countryIso3 === "DEU")).toEqual({
      countryIso3: "DEU",
      from: "undecided",
      to: "support_only",
      fromStatementId: 1,
      toStatementId: 3,
    });
  });

  it("treats a month-precision statement as made on the month's first day", () => {
    expect(diffStances(history, "2025-07-31", "2025-08-01")).toEqual([
      { countryIso3: "DEU", from: null, to: "undecided", fromStatementId: null, toStatementId: 1 },
    ]);
    expect(diffStances(history, "2025-08-01", "2025-08-31")).toEqual([]);
  });

  it("ignores retractions: neither a move to the retracted stance nor a country with only retracted statements", () => {
    const moves = diffStances(history, "2025-09-05", "2026-06-01");
    expect(moves.map((m) => m.countryIso3)).not.toContain("POL");
    expect(moves.map((m) => m.countryIso3)).not.toContain("ESP");
  });

  it("is not a move when a new statement repeats the same stance", () => {
    const facts = [f(1, "GBR", "2025-09-04", "troops"), f(2, "GBR", "2026-01-06", "troops")];
    expect(diffStances(facts, "2025-09-05", "2026-01-07")).toEqual([]);
  });

  it("describes the reverse movement when A is after B, including a move to no stated position", () => {
    expect(diffStances(history, "2026-01-07", "2025-09-05")).toEqual([
      { countryIso3: "USA", from: "support_only", to: "undecided", fromStatementId: 10, toStatementId: 9 },
      { countryIso3: "ITA", from: "refusal", to: null, fromStatementId: 5, toStatementId: null },
    ]);
  });

  it("sorts by destination rank, then ISO3", () => {
    const facts = [f(1, "SWE", "2025-01-02", "troops"), f(2, "DNK", "2025-01-02", "troops"), f(3, "NOR", "2025-01-02", "naval")];
    expect(diffStances(facts, "2025-01-01", "2025-01-02").map((m) => m.countryIso3)).toEqual(["DNK", "SWE", "NOR"]);
  });
});
