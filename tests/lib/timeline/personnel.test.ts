import { describe, expect, it } from "vitest";
import { personnelSteps } from "@/lib/timeline/personnel";
import type { ChangePoint } from "@/lib/types";

const countries = [
  { iso3: "FRA", name: "France" },
  { iso3: "GBR", name: "United Kingdom" },
  { iso3: "LTU", name: "Lithuania" },
];

describe("stated personnel over time", () => {
  it("sums the stated minimums of the deciding statements, counts the countries that gave one and drops a figure a later statement no longer gives", () => {
    const deciders: Record<string, ChangePoint[]> = {
      FRA: [
        { date: "2025-03-01", stance: "troops", statementId: 1 },
        { date: "2026-01-06", stance: "troops", statementId: 2 },
      ],
      GBR: [{ date: "2025-09-04", stance: "troops", statementId: 3 }],
      LTU: [{ date: "2026-01-07", stance: "troops", statementId: 4 }],
    };
    const troops: Record<number, number | null> = { 1: null, 2: 2000, 3: 5000, 4: null };
    const steps = personnelSteps(countries, (iso3) => deciders[iso3] ?? [], (id) => troops[id] ?? null, "2026-02-01");
    expect(steps.map((s) => [s.from, s.until, s.troops, s.countries.map((c) => c.iso3)])).toEqual([
      ["2025-09-04", "2026-01-05", 5000, ["GBR"]],
      // Lithuania's statement gives no number: no new step.
      ["2026-01-06", "2026-02-01", 7000, ["GBR", "FRA"]],
    ]);
    // A restatement without a number ends that country's figure.
    deciders.GBR!.push({ date: "2026-01-20", stance: "troops", statementId: 5 });
    const later = personnelSteps(countries, (iso3) => deciders[iso3] ?? [], (id) => troops[id] ?? null, "2026-02-01");
    expect(later.map((s) => [s.from, s.troops, s.countries.length])).toEqual([
      ["2025-09-04", 5000, 1],
      ["2026-01-06", 7000, 2],
      ["2026-01-20", 2000, 1],
    ]);
  });

  it("is empty when no statement gives a number", () => {
    expect(personnelSteps(countries, () => [{ date: "2025-01-01", stance: "troops", statementId: 1 }], () => null, "2026-01-01")).toEqual([]);
  });
});
