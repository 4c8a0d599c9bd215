import { describe, expect, it } from "vitest";
import { coalitionChartData, coalitionChartFromPoints, dayToIso, isoToDay, membersAt, stepAt, toSteps, type CountryTrack } from "@/lib/timeline/coalition-steps";
import { coalitionTimeline, countryChangePoints, emptyCounts } from "@/lib/timeline/timeline";
import { packTimeline, unpackTimeline } from "@/lib/timeline/timeline-payload";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import type { StanceKey } from "@/lib/types";
import { f, randomFacts } from "../helpers";

const counts = (c: Partial<Record<StanceKey, number>>) => ({ ...emptyCounts(), ...c });

describe("isoToDay / dayToIso", () => {
  it("round-trips across month, year and leap-day boundaries", () => {
    expect(isoToDay("1970-01-01")).toBe(0);
    expect(isoToDay("2025-09-05") - isoToDay("2025-09-04")).toBe(1);
    expect(isoToDay("2024-03-01") - isoToDay("2024-02-28")).toBe(2);
    for (const d of ["2024-02-29", "2025-12-31", "2026-01-01", "0099-06-15"]) expect(dayToIso(isoToDay(d))).toBe(d);
  });

  it("floors fractional days to the day they fall in", () => {
    expect(dayToIso(isoToDay("2025-09-04") + 0.99)).toBe("2025-09-04");
  });
});

describe("toSteps", () => {
  const series = [
    { date: "2025-08-01", counts: counts({ undecided: 1 }) },
    { date: "2025-09-04", counts: counts({ troops: 2, undecided: 1 }) },
    { date: "2026-01-06", counts: counts({ troops: 2, refusal: 1, undecided: 1 }) },
  ];

  it("closes each step the day before the next and the last at the end date", () => {
    expect(toSteps(series, "2026-11-22")).toEqual([
      { from: "2025-08-01", until: "2025-09-03", counts: counts({ undecided: 1 }), total: 1 },
      { from: "2025-09-04", until: "2026-01-05", counts: counts({ troops: 2, undecided: 1 }), total: 3 },
      { from: "2026-01-06", until: "2026-11-22", counts: counts({ troops: 2, refusal: 1, undecided: 1 }), total: 4 },
    ]);
  });

  it("drops points after the end date and handles an empty series", () => {
    expect(toSteps(series, "2025-12-31").map((s) => [s.from, s.until])).toEqual([
      ["2025-08-01", "2025-09-03"],
      ["2025-09-04", "2025-12-31"],
    ]);
    expect(toSteps([], "2025-01-01")).toEqual([]);
  });

  it("gives a one-day step when the end is the last point's date", () => {
    expect(toSteps(series, "2026-01-06").at(-1)).toMatchObject({ from: "2026-01-06", until: "2026-01-06" });
  });
});

describe("stepAt", () => {
  const steps = toSteps(
    [
      { date: "2025-08-01", counts: counts({ undecided: 1 }) },
      { date: "2025-09-04", counts: counts({ troops: 2 }) },
    ],
    "2025-12-31",
  );

  it("finds the step whose days include the date, or null outside", () => {
    expect(stepAt(steps, "2025-07-31")).toBeNull();
    expect(stepAt(steps, "2025-08-01")?.from).toBe("2025-08-01");
    expect(stepAt(steps, "2025-09-03")?.from).toBe("2025-08-01");
    expect(stepAt(steps, "2025-09-04")?.from).toBe("2025-09-04");
    expect(stepAt(steps, "2025-12-31")?.from).toBe("2025-09-04");
    expect(stepAt(steps, "2026-01-01")).toBeNull();
    expect(stepAt([], "2025-01-01")).toBeNull();
  });
});

describe("membersAt", () => {
  const facts = [
    f(1, "DEU", "2025-08-01", "undecided"), // month precision (2025-08)
    f(2, "DEU", "2025-09-04", "undecided"),
    f(3, "DEU", "2025-09-04", "support_only"), // same day, larger id
    f(4, "FRA", "2025-09-04", "troops"),
    f(5, "GBR", "2025-09-04", "troops"),
    f(6, "POL", "2025-10-01", "troops", true), // retracted
  ];
  const names: Record<string, string> = { DEU: "Germany", FRA: "France", GBR: "United Kingdom", POL: "Poland" };
  const tracks: CountryTrack[] = [...countryChangePoints(facts)].map(([iso3, points]) => ({ iso3, name: names[iso3]!, points }));

  it("lists the countries behind each count, sorted by name", () => {
    const m = membersAt(tracks, "2025-09-05");
    expect(m.troops.map((x) => x.name)).toEqual(["France", "United Kingdom"]);
    expect(m.support_only.map((x) => x.iso3)).toEqual(["DEU"]);
    expect(m.undecided).toEqual([]);
    expect(m.refusal).toEqual([]);
  });

  it("places a month-precision statement on the month's first day and ignores retractions", () => {
    expect(membersAt(tracks, "2025-07-31").undecided).toEqual([]);
    expect(membersAt(tracks, "2025-08-01").undecided).toEqual([{ iso3: "DEU", name: "Germany" }]);
    expect(membersAt(tracks, "2025-10-02").troops.map((x) => x.iso3)).toEqual(["FRA", "GBR"]);
  });

  it("agrees with the step counts and the as-of rule on random histories", () => {
    const random = randomFacts(400, 25, 300, 7);
    const randomTracks = [...countryChangePoints(random)].map(([iso3, points]) => ({ iso3, name: iso3, points }));
    const steps = toSteps(coalitionTimeline(random), "2026-12-31");
    for (const date of ["2025-01-15", "2025-04-01", "2025-07-20", "2025-10-27"]) {
      const m = membersAt(randomTracks, date);
      const step = stepAt(steps, date);
      const asOf = stancesAsOf(random, date);
      for (const k of Object.keys(m) as StanceKey[]) {
        expect(m[k].length).toBe(step?.counts[k] ?? 0);
        expect(m[k].map((x) => x.iso3).sort()).toEqual([...asOf.values()].filter((s) => s.stance === k).map((s) => s.countryIso3).sort());
      }
    }
  });
});

describe("coalitionChartData", () => {
  it("builds steps and named tracks that agree with each other", () => {
    const facts = [f(1, "FRA", "2025-09-04", "troops"), f(2, "ITA", "2026-01-06", "refusal"), f(3, "XXK", "2026-01-06", "naval")];
    const { steps, tracks } = coalitionChartData(
      countryChangePoints(facts),
      coalitionTimeline(facts),
      new Map([
        ["FRA", "France"],
        ["ITA", "Italy"],
      ]),
      "2026-02-01",
    );
    expect(tracks.map((t) => t.name)).toEqual(["France", "Italy", "XXK"]);
    expect(steps.map((s) => [s.from, s.until, s.total])).toEqual([
      ["2025-09-04", "2026-01-05", 1],
      ["2026-01-06", "2026-02-01", 3],
    ]);
    expect(membersAt(tracks, "2026-01-06").refusal.map((m) => m.name)).toEqual(["Italy"]);
  });
});

describe("coalitionChartFromPoints", () => {
  it("gives from the unpacked timeline payload exactly what the server built from the facts", () => {
    const facts = randomFacts(3000, 40, 900, 11);
    const names = new Map([...new Set(facts.map((x) => x.countryIso3))].map((iso3) => [iso3, `Name of ${iso3}`]));
    const cited = facts.map((x) => ({ ...x, precision: "day" as const, sourceId: 1 }));
    const countries = [...names].map(([iso3, name]) => ({ iso3, name }));
    const timeline = unpackTimeline(packTimeline(cited, [{ id: 1, title: "T", publisher: null, url: null }], countries, []));
    for (const today of ["2025-03-01", "2030-01-01"]) {
      const series = coalitionTimeline(facts);
      const last = series.at(-1)!.date;
      const expected = coalitionChartData(countryChangePoints(facts), series, names, last > today ? last : today);
      expect(coalitionChartFromPoints(timeline.pointsByCountry, timeline.names, today)).toEqual(expected);
    }
  });

  it("has no steps for no points", () => {
    expect(coalitionChartFromPoints(new Map(), new Map(), "2026-01-01")).toEqual({ steps: [], tracks: [] });
  });
});
