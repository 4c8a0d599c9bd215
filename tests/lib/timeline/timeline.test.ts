import { describe, expect, it } from "vitest";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { changeDates, coalitionTimeline, countStances, countryChangePoints, emptyCounts, seriesFromChangePoints, stanceAt } from "@/lib/timeline/timeline";
import { STANCE_KEYS, type StanceKey } from "@/lib/types";
import { binarySearchReads, countingReads, f, randomFacts } from "../helpers";

const counts = (c: Partial<Record<StanceKey, number>>) => ({ ...emptyCounts(), ...c });

describe("countryChangePoints", () => {
  it("is empty for no facts", () => {
    expect(countryChangePoints([]).size).toBe(0);
  });

  it("keeps only points where the stance changes, citing the statement that changed it", () => {
    const facts = [
      f(4, "FRA", "2025-04-01", "troops"), // reaffirmation: no point
      f(1, "FRA", "2025-01-01", "undecided"),
      f(2, "FRA", "2025-02-01", "troops"),
      f(3, "FRA", "2025-03-01", "troops"), // reaffirmation: no point
      f(5, "FRA", "2025-05-01", "refusal"),
    ];
    expect(countryChangePoints(facts).get("FRA")).toEqual([
      { date: "2025-01-01", stance: "undecided", statementId: 1 },
      { date: "2025-02-01", stance: "troops", statementId: 2 },
      { date: "2025-05-01", stance: "refusal", statementId: 5 },
    ]);
  });

  it("uses only the last statement of a day (largest id), not intermediate ones", () => {
    const facts = [
      f(1, "GBR", "2025-01-01", "support_only"),
      f(3, "GBR", "2025-02-01", "support_only"),
      f(2, "GBR", "2025-02-01", "troops"),
      f(5, "GBR", "2025-03-01", "troops"),
      f(4, "GBR", "2025-03-01", "naval"),
    ];
    expect(countryChangePoints(facts).get("GBR")).toEqual([
      { date: "2025-01-01", stance: "support_only", statementId: 1 },
      { date: "2025-03-01", stance: "troops", statementId: 5 },
    ]);
  });

  it("skips retractions, letting the earlier stance stand, and omits fully retracted countries", () => {
    const facts = [
      f(1, "POL", "2025-01-01", "training_only"),
      f(2, "POL", "2025-02-01", "troops", true),
      f(3, "POL", "2025-03-01", "refusal"),
      f(4, "ESP", "2025-01-01", "troops", true),
    ];
    const points = countryChangePoints(facts);
    expect(points.get("POL")?.map((p) => p.statementId)).toEqual([1, 3]);
    expect(points.has("ESP")).toBe(false);
  });

  it("separates countries sharing dates", () => {
    const facts = [f(2, "DEU", "2025-01-01", "refusal"), f(1, "FRA", "2025-01-01", "troops")];
    const points = countryChangePoints(facts);
    expect(points.get("FRA")).toEqual([{ date: "2025-01-01", stance: "troops", statementId: 1 }]);
    expect(points.get("DEU")).toEqual([{ date: "2025-01-01", stance: "refusal", statementId: 2 }]);
  });
});

describe("stanceAt", () => {
  const points = [
    { date: "2025-01-01", stance: "undecided" as const, statementId: 1 },
    { date: "2025-02-01", stance: "troops" as const, statementId: 2 },
    { date: "2025-05-01", stance: "refusal" as const, statementId: 5 },
  ];

  it("finds the point in force on a date, or null before the first", () => {
    expect(stanceAt(points, "2024-12-31")).toBeNull();
    expect(stanceAt(points, "2025-01-01")?.statementId).toBe(1);
    expect(stanceAt(points, "2025-01-31")?.statementId).toBe(1);
    expect(stanceAt(points, "2025-02-01")?.statementId).toBe(2);
    expect(stanceAt(points, "2025-04-30")?.statementId).toBe(2);
    expect(stanceAt(points, "2099-01-01")?.statementId).toBe(5);
    expect(stanceAt([], "2025-01-01")).toBeNull();
  });
});

describe("changeDates", () => {
  it("lists every country's change dates once, sorted", () => {
    const facts = [
      f(1, "FRA", "2025-03-01", "troops"),
      f(2, "DEU", "2025-01-01", "refusal"),
      f(3, "DEU", "2025-03-01", "undecided"),
      f(4, "DEU", "2025-04-01", "undecided"),
    ];
    expect(changeDates(countryChangePoints(facts))).toEqual(["2025-01-01", "2025-03-01"]);
    expect(changeDates(new Map())).toEqual([]);
  });
});

describe("coalitionTimeline", () => {
  const facts = [
    f(1, "FRA", "2025-01-10", "undecided"),
    f(2, "DEU", "2025-01-10", "refusal"),
    f(3, "FRA", "2025-02-01", "troops"),
    f(4, "GBR", "2025-02-01", "troops"),
    f(5, "DEU", "2025-03-01", "refusal"), // reaffirmation: no change
    f(6, "ITA", "2025-04-01", "troops", true), // retracted: no change
    f(7, "FRA", "2025-05-01", "refusal"), // FRA and DEU swap: counts unchanged
    f(8, "DEU", "2025-05-01", "troops"),
    f(9, "POL", "2025-06-01", "training_only"),
  ];

  it("is empty with no facts and no start, and flat with a start", () => {
    expect(coalitionTimeline([])).toEqual([]);
    expect(coalitionTimeline([], "2025-01-01")).toEqual([{ date: "2025-01-01", counts: counts({}) }]);
    expect(coalitionTimeline([f(1, "X", "2025-01-01", "troops", true)])).toEqual([]);
  });

  it("starts at the first statement and adds a point only where counts change", () => {
    expect(coalitionTimeline(facts)).toEqual([
      { date: "2025-01-10", counts: counts({ undecided: 1, refusal: 1 }) },
      { date: "2025-02-01", counts: counts({ troops: 2, refusal: 1 }) },
      { date: "2025-06-01", counts: counts({ troops: 2, refusal: 1, training_only: 1 }) },
    ]);
  });

  it("always has every category key", () => {
    for (const p of coalitionTimeline(facts)) expect(Object.keys(p.counts).sort()).toEqual([...STANCE_KEYS].sort());
  });

  it("starts at `from` with the counts as of then and stops at `to` (inclusive)", () => {
    expect(coalitionTimeline(facts, "2025-01-15", "2025-06-01")).toEqual([
      { date: "2025-01-15", counts: counts({ undecided: 1, refusal: 1 }) },
      { date: "2025-02-01", counts: counts({ troops: 2, refusal: 1 }) },
      { date: "2025-06-01", counts: counts({ troops: 2, refusal: 1, training_only: 1 }) },
    ]);
    expect(coalitionTimeline(facts, "2025-02-01", "2025-05-31")).toEqual([
      { date: "2025-02-01", counts: counts({ troops: 2, refusal: 1 }) },
    ]);
    expect(coalitionTimeline(facts, "2024-01-01", "2024-12-31")).toEqual([{ date: "2024-01-01", counts: counts({}) }]);
    expect(coalitionTimeline(facts, undefined, "2025-01-31")).toHaveLength(1);
  });

  it("refuses a reversed range", () => {
    expect(() => coalitionTimeline(facts, "2025-02-01", "2025-01-01")).toThrow(RangeError);
  });

  it("does not depend on input order", () => {
    expect(coalitionTimeline([...facts].reverse())).toEqual(coalitionTimeline(facts));
  });

  it("agrees with stancesAsOf and stanceAt on random histories", () => {
    for (const seed of [1, 2, 3]) {
      const random = randomFacts(600, 25, 120, seed);
      const series = coalitionTimeline(random);
      const points = countryChangePoints(random);
      const dates = changeDates(points);
      expect(series[0]?.date).toBe(dates[0]);
      for (const date of [...dates, "2024-12-31", "2025-02-14", "2025-06-30"]) {
        const asOf = stancesAsOf(random, date);
        const expected = emptyCounts();
        for (const s of asOf.values()) expected[s.stance] += 1;
        const step = [...series].reverse().find((p) => p.date <= date);
        expect(step?.counts ?? emptyCounts()).toEqual(expected);
        for (const [iso3, pts] of points) expect(stanceAt(pts, date)?.stance ?? null).toBe(asOf.get(iso3)?.stance ?? null);
      }
      // Every step really changes something.
      for (let i = 1; i < series.length; i++) expect(series[i]!.counts).not.toEqual(series[i - 1]!.counts);
    }
  });

  // How fast this runs at 100k is measured by `npm run bench`; here, what makes it fast: one sweep
  // that stays right at that size, and lookups that are binary searches.
  it("at 100k facts, agrees with the as-of rule, and each lookup reads O(log n) change points", { timeout: 30_000 }, () => {
    const big = randomFacts(100_000, 250, 700, 42);
    const series = coalitionTimeline(big);
    const points = countryChangePoints(big);
    const dates = changeDates(points);
    expect(series.length).toBeGreaterThan(100);
    for (const date of dates.filter((_, i) => i % 60 === 0)) {
      const step = [...series].reverse().find((p) => p.date <= date);
      expect(step?.counts, date).toEqual(countStances(stancesAsOf(big, date).values()));
    }
    let longest = 0;
    for (const pts of points.values()) {
      const counted = countingReads(pts);
      longest = Math.max(longest, pts.length);
      for (const date of dates.slice(0, 200)) {
        counted.reset();
        const found = stanceAt(counted.items, date);
        expect(counted.reads()).toBeLessThanOrEqual(binarySearchReads(pts.length));
        expect(found).toBe(pts.filter((p) => p.date <= date).at(-1) ?? null);
      }
    }
    expect(longest).toBeGreaterThan(100); // long enough that a linear scan would read far more
  });
});

describe("seriesFromChangePoints", () => {
  it("is coalitionTimeline over the countries' change points, with and without a range", () => {
    const facts = randomFacts(2000, 25, 500, 7);
    const points = countryChangePoints(facts);
    expect(seriesFromChangePoints(points)).toEqual(coalitionTimeline(facts));
    expect(seriesFromChangePoints(points, "2025-03-01", "2025-09-30")).toEqual(coalitionTimeline(facts, "2025-03-01", "2025-09-30"));
    expect(seriesFromChangePoints(points).length).toBeGreaterThan(10);
  });

  it("refuses a reversed range", () => {
    expect(() => seriesFromChangePoints(new Map(), "2026-02-01", "2026-01-01")).toThrow(RangeError);
  });
});

describe("countStances", () => {
  it("counts every category, zero for those nobody stands in", () => {
    const counts = countStances([{ stance: "troops" }, { stance: "refusal" }, { stance: "troops" }]);
    expect(counts).toEqual({ ...emptyCounts(), troops: 2, refusal: 1 });
    expect(Object.keys(countStances([])).sort()).toEqual([...STANCE_KEYS].sort());
  });
});
