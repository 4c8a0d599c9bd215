import { describe, expect, it } from "vitest";
import { datedPaths } from "@/scripts/support/load-run";

describe("the mixed load's new dates (datedPaths)", () => {
  it("gives a path no earlier call gave: the dashboard and the read API in turn, a day later every two calls", () => {
    const next = datedPaths("2021-12-30");
    const paths = Array.from({ length: 2000 }, () => next());
    expect(paths.slice(0, 6)).toEqual([
      "/?date=2021-12-30",
      "/api/v1/stances?date=2021-12-30",
      "/?date=2021-12-31",
      "/api/v1/stances?date=2021-12-31",
      "/?date=2022-01-01",
      "/api/v1/stances?date=2022-01-01",
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    // Valid calendar days throughout (a leap day included).
    expect(paths).toContain("/?date=2024-02-29");
    for (const p of paths) expect(p).toMatch(/date=\d{4}-\d{2}-\d{2}$/);
  });
});
