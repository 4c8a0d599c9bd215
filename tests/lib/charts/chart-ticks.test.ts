import { describe, expect, it } from "vitest";
import { monthTicks } from "@/lib/charts/chart-ticks";

describe("monthTicks", () => {
  it("lists month starts in range, the start included when it is a first", () => {
    expect(monthTicks("2025-08-01", "2025-11-15")).toEqual(["2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01"]);
    expect(monthTicks("2025-08-02", "2025-10-01")).toEqual(["2025-09-01", "2025-10-01"]);
  });

  it("crosses years and thins to at most max ticks", () => {
    const ticks = monthTicks("2025-08-01", "2026-11-22", 6);
    expect(ticks).toEqual(["2025-08-01", "2025-11-01", "2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01"]);
    expect(monthTicks("2025-12-15", "2026-01-15")).toEqual(["2026-01-01"]);
  });

  it("is empty for an inverted range or a range inside one month", () => {
    expect(monthTicks("2026-01-01", "2025-01-01")).toEqual([]);
    expect(monthTicks("2025-09-02", "2025-09-30")).toEqual([]);
  });
});
