import { describe, expect, it } from "vitest";
import { bandGradient, bandSegments, pagePeriod, segmentsIn } from "@/lib/timeline/stance-band";
import { addDays } from "@/lib/dates";
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

describe("bandGradient", () => {
  const colour = (s: { point: { stance: string } | null }) => (s.point ? `c-${s.point.stance}` : "none");

  it("draws every segment as one hard-stopped stretch of a single gradient, in proportion to its days", () => {
    // 10 days: 2 with no position, then 8 undecided.
    const segs = bandSegments(points, "2025-07-30", "2025-08-08");
    expect(segs.map((s) => [s.from, s.until])).toEqual([
      ["2025-07-30", "2025-07-31"],
      ["2025-08-01", "2025-08-08"],
    ]);
    expect(bandGradient(segs, colour)).toBe("linear-gradient(to right, none 0% 20%, c-undecided 20% 100%)");
    const three = bandSegments(points, "2025-09-01", "2025-09-06");
    expect(bandGradient(three, colour)).toBe("linear-gradient(to right, c-undecided 0% 50%, c-support_only 50% 100%)");
  });

  it("is one element's worth of text however many segments, with no gap or overlap between stops", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ date: addDays("2022-01-01", i * 5), stance: i % 2 ? ("troops" as const) : ("undecided" as const), statementId: i + 1 }));
    const segs = bandSegments(many, "2022-01-01", "2026-12-31");
    const stops = [...bandGradient(segs, colour).matchAll(/(\S+) ([\d.]+)% ([\d.]+)%/g)].map((m) => [Number(m[2]), Number(m[3])]);
    expect(stops).toHaveLength(segs.length);
    expect(stops[0]![0]).toBe(0);
    expect(stops[stops.length - 1]![1]).toBe(100);
    stops.slice(1).forEach(([from], i) => expect(from).toBe(stops[i]![1]));
  });

  it("is none for no segment", () => {
    expect(bandGradient([], colour)).toBe("none");
  });
});

describe("pagePeriod and segmentsIn", () => {
  const band = { from: "2024-01-01", until: "2026-12-01" };
  // Ten statements, newest first, one a month from 2025-10 back to 2025-01.
  const dates = Array.from({ length: 10 }, (_, i) => addDays("2025-10-01", -30 * i));

  it("spans from a page's oldest statement to the statement just newer, the first page to the band's end and the last from its start", () => {
    expect(pagePeriod(dates, 0, 4, band)).toEqual({ from: dates[3], until: band.until });
    expect(pagePeriod(dates, 4, 4, band)).toEqual({ from: dates[7], until: dates[3] });
    expect(pagePeriod(dates, 8, 2, band)).toEqual({ from: band.from, until: dates[7] });
  });

  it("covers the whole band with consecutive pages, so every stretch is listed on some page", () => {
    const many = dates.map((d, i) => ({ date: d, stance: i % 2 ? ("troops" as const) : ("undecided" as const), statementId: 10 - i })).reverse();
    const segs = bandSegments(many, band.from, band.until);
    const listed = new Set<string>();
    for (let offset = 0; offset < dates.length; offset += 3) {
      const period = pagePeriod(dates, offset, Math.min(3, dates.length - offset), band)!;
      const onPage = segmentsIn(segs, period);
      // A page lists the stretches of its own period only: at most one more than its statements.
      expect(onPage.length).toBeLessThanOrEqual(4);
      onPage.forEach((s) => listed.add(s.from));
    }
    expect([...listed].sort()).toEqual(segs.map((s) => s.from));
  });

  it("is clipped to the band, and null for a page dated wholly after its end", () => {
    const future = ["2027-03-01", "2027-02-01", "2026-06-01", "2023-05-01"];
    expect(pagePeriod(future, 0, 2, band)).toBeNull();
    expect(pagePeriod(future, 2, 2, band)).toEqual({ from: band.from, until: band.until });
  });
});
