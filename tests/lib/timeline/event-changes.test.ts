import { describe, expect, it } from "vitest";
import { changesAround, stanceChanges, type DatedFact } from "@/lib/timeline/event-changes";
import type { StanceKey } from "@/lib/types";

const d = (id: number, iso3: string, statedOn: string, stance: StanceKey, precision: "day" | "month" = "day", retracted = false): DatedFact => ({
  statementId: id,
  countryIso3: iso3,
  statedOn,
  stance,
  statedOnPrecision: precision,
  ...(retracted ? { retracted } : {}),
});

const facts = [
  d(1, "DEU", "2025-08-01", "undecided", "month"),
  d(2, "DEU", "2025-09-04", "undecided"), // reaffirmation: no change
  d(3, "DEU", "2025-09-04", "support_only"), // same day, larger id
  d(4, "EST", "2025-09-01", "troops", "month"),
  d(5, "EST", "2025-09-04", "troops"),
  d(6, "FRA", "2025-09-04", "troops"),
  d(7, "POL", "2025-09-05", "troops", "day", true), // retracted
  d(8, "USA", "2025-12-15", "support_only"),
  d(9, "ITA", "2026-01-06", "refusal"),
];

describe("stanceChanges", () => {
  it("lists real changes only, with the previous stance and the deciding statement's precision", () => {
    expect(stanceChanges(facts)).toEqual([
      { countryIso3: "DEU", date: "2025-08-01", precision: "month", from: null, to: "undecided", statementId: 1 },
      { countryIso3: "EST", date: "2025-09-01", precision: "month", from: null, to: "troops", statementId: 4 },
      { countryIso3: "DEU", date: "2025-09-04", precision: "day", from: "undecided", to: "support_only", statementId: 3 },
      { countryIso3: "FRA", date: "2025-09-04", precision: "day", from: null, to: "troops", statementId: 6 },
      { countryIso3: "USA", date: "2025-12-15", precision: "day", from: null, to: "support_only", statementId: 8 },
      { countryIso3: "ITA", date: "2026-01-06", precision: "day", from: null, to: "refusal", statementId: 9 },
    ]);
  });
});

describe("changesAround", () => {
  const all = stanceChanges(facts);

  it("keeps day-precision changes within the window, both ends inclusive", () => {
    expect(changesAround(all, "2026-01-06", 3).map((c) => c.countryIso3)).toEqual(["ITA"]);
    expect(changesAround(all, "2026-01-09", 3).map((c) => c.countryIso3)).toEqual(["ITA"]);
    expect(changesAround(all, "2026-01-10", 3)).toEqual([]);
    expect(changesAround(all, "2025-12-12", 3).map((c) => c.countryIso3)).toEqual(["USA"]);
  });

  it("includes a month-precision change when its month overlaps the window", () => {
    expect(changesAround(all, "2025-09-04", 3).map((c) => `${c.countryIso3}:${c.precision}`)).toEqual(["EST:month", "DEU:day", "FRA:day"]);
    // 2025-08 ends on the 31st: a window starting 2025-09-01 does not reach it.
    expect(changesAround(all, "2025-09-04", 3).some((c) => c.statementId === 1)).toBe(false);
    expect(changesAround(all, "2025-09-02", 3).some((c) => c.statementId === 1)).toBe(true);
  });

  it("crosses year boundaries", () => {
    const ny = stanceChanges([d(1, "X", "2025-12-30", "troops"), d(2, "Y", "2026-01-02", "naval")]);
    expect(changesAround(ny, "2025-12-31", 2).map((c) => c.countryIso3)).toEqual(["X", "Y"]);
  });
});
