import { describe, expect, it } from "vitest";
import { dateAtOffset, daysBetween, nextDate, previousDate, sliderSpan, tickPath } from "@/lib/timeline/date-steps";

describe("date steps", () => {
  it("counts days across months, leap days and years", () => {
    expect(daysBetween("2025-09-04", "2026-01-07")).toBe(125);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-01-07", "2025-09-04")).toBe(-125);
    expect(dateAtOffset("2025-09-04", 125)).toBe("2026-01-07");
  });

  const dates = ["2025-08-01", "2025-09-04", "2026-01-06"];
  it("finds the neighbouring change dates, strictly before or after", () => {
    expect(previousDate(dates, "2025-09-04")).toBe("2025-08-01");
    expect(previousDate(dates, "2025-09-05")).toBe("2025-09-04");
    expect(previousDate(dates, "2025-08-01")).toBeNull();
    expect(nextDate(dates, "2025-09-04")).toBe("2026-01-06");
    expect(nextDate(dates, "2025-01-01")).toBe("2025-08-01");
    expect(nextDate(dates, "2026-01-06")).toBeNull();
    expect(nextDate([], "2026-01-06")).toBeNull();
  });

  it("spans the data and today", () => {
    expect(sliderSpan({ first: "2025-08-01", last: "2026-01-06" }, "2026-03-01")).toEqual({ start: "2025-08-01", end: "2026-03-01" });
    expect(sliderSpan({ first: "2025-08-01", last: "2026-01-06" }, "2025-12-01")).toEqual({ start: "2025-08-01", end: "2026-01-06" });
    expect(sliderSpan(null, "2026-03-01")).toEqual({ start: "2025-03-01", end: "2026-03-01" });
  });
});

describe("tickPath", () => {
  it("draws one vertical line per distinct day offset, clamped to the slider's range", () => {
    const path = tickPath("2025-01-01", 30, ["2024-12-25", "2025-01-01", "2025-01-11", "2025-01-11", "2025-03-01"], 6);
    // Before the start and on it both land on 0 (drawn once); after the end lands on 30.
    expect(path).toBe("M0 0V6M10 0V6M30 0V6");
  });

  it("is empty without change dates", () => {
    expect(tickPath("2025-01-01", 30, [], 6)).toBe("");
  });
});
