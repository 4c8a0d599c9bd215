import { describe, expect, it } from "vitest";
import { formatInstant, knownLabel } from "@/lib/format/known-label";

describe("knownLabel", () => {
  it("names a past instant, or now with its time", () => {
    expect(knownLabel(Date.UTC(2026, 0, 7, 12, 30, 59))).toBe("data as known at 2026-01-07 12:30 UTC");
    expect(knownLabel(null, Date.UTC(2026, 10, 22, 22, 55))).toBe("data as known now (2026-11-22 22:55 UTC)");
    expect(formatInstant(0)).toBe("1970-01-01 00:00 UTC");
  });
});
