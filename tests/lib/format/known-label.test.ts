import { describe, expect, it } from "vitest";
import { formatFrozenInstant, formatInstant, knownLabel } from "@/lib/format/known-label";

describe("knownLabel", () => {
  it("names a past instant, or now with its time", () => {
    expect(knownLabel(Date.UTC(2026, 0, 7, 12, 30, 59))).toBe("data as known at 2026-01-07 12:30 UTC");
    expect(knownLabel(null, Date.UTC(2026, 10, 22, 22, 55))).toBe("data as known now (2026-11-22 22:55 UTC)");
    expect(formatInstant(0)).toBe("1970-01-01 00:00 UTC");
  });
});

describe("formatFrozenInstant", () => {
  it("writes a frozen link's instant as day, month, year and minute in UTC", () => {
    expect(formatFrozenInstant(Date.parse("2026-12-01T07:11:03.524Z"))).toBe("1 Dec 2026, 07:11 UTC");
    expect(formatFrozenInstant(Date.parse("2025-03-09T23:59:59.999+01:00"))).toBe("9 Mar 2025, 22:59 UTC");
  });
});
