import { describe, expect, it } from "vitest";
import { bandSegments } from "@/lib/timeline/stance-band";
import { countryChangePoints } from "@/lib/timeline/timeline";
import { f } from "../helpers";

const points = countryChangePoints([
  f(1, "DEU", "2025-08-01", "undecided"), // month precision
  f(2, "DEU", "2025-09-04", "undecided"),
  f(3, "DEU", "2025-09-04", "support_only"), // same day, larger id
  f(4, "DEU", "2025-11-01", "troops", true), // retracted
  f(5, "DEU", "2026-01-06", "support_only"), // reaffirmation
]).get("DEU")!;

describe("bandSegments", () => {
  it("covers the range with no position first, then one stretch per change", () => {
    expect(bandSegments(points, "2025-07-01", "2026-11-22").map((s) => [s.from, s.until, s.point?.stance ?? null])).toEqual([
      ["2025-07-01", "2025-07-31", null],
      ["2025-08-01", "2025-09-03", "undecided"],
      ["2025-09-04", "2026-11-22", "support_only"],
    ]);
  });

  it("clips a change before the start and ignores changes after the end", () => {
    expect(bandSegments(points, "2025-08-15", "2025-09-04").map((s) => [s.from, s.until, s.point?.statementId])).toEqual([
      ["2025-08-15", "2025-09-03", 1],
      ["2025-09-04", "2025-09-04", 3],
    ]);
    expect(bandSegments(points, "2025-08-15", "2025-08-20").map((s) => [s.from, s.until])).toEqual([["2025-08-15", "2025-08-20"]]);
  });

  it("is one grey stretch for a country with no statements, and empty for an inverted range", () => {
    expect(bandSegments([], "2025-01-01", "2025-12-31")).toEqual([{ from: "2025-01-01", until: "2025-12-31", point: null }]);
    expect(bandSegments(points, "2026-01-01", "2025-01-01")).toEqual([]);
  });
});
