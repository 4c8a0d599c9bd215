import { describe, expect, it } from "vitest";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { addDays } from "@/lib/dates";
import { changeDates } from "@/lib/timeline/timeline";
import { countState, packTimeline, stateOn, unpackTimeline, unpackTimelineInSlices, type CitedFact } from "@/lib/timeline/timeline-payload";
import { binarySearchReads, countingReads, f, randomFacts } from "../helpers";

const cite = (fact: ReturnType<typeof f>, sourceId = 1, precision: "day" | "month" = "day"): CitedFact => ({ ...fact, sourceId, precision });
const sources = [
  { id: 1, title: "Le Monde", publisher: "Le Monde", url: "https://example.org/a" },
  { id: 2, title: "Ansa", publisher: null, url: null },
];
const countries = [
  { iso3: "FRA", name: "France" },
  { iso3: "ITA", name: "Italy" },
  { iso3: "MLT", name: "Malta" },
];

describe("timeline payload", () => {
  const facts = [
    cite(f(1, "FRA", "2025-08-01", "undecided"), 2, "month"),
    cite(f(2, "FRA", "2025-09-04", "troops")),
    cite(f(3, "FRA", "2026-01-06", "troops")), // reaffirmation: no change point, but cited while in force
    cite(f(4, "ITA", "2026-01-06", "refusal"), 2),
  ];
  const payload = packTimeline(facts, sources, countries, [{ date: "2025-09-04", name: "Paris", slug: "paris" }]);
  const timeline = unpackTimeline(payload);

  it("keeps change points and only the citations they need", () => {
    expect(payload.points).toEqual({
      FRA: [[0, 5, 1, 0, 1], [34, 0, 2, 1]],
      ITA: [[158, 6, 4, 0]],
    });
    expect(payload.sources).toEqual([["Ansa", null, null], ["Le Monde", "Le Monde", "https://example.org/a"]]);
    expect(payload.span).toEqual({ first: "2025-08-01", last: "2026-01-06" });
  });

  it("answers the as-of state and its citation locally", () => {
    const on = stateOn(timeline, "2025-09-05");
    expect(on.get("FRA")?.stance).toBe("troops");
    expect(on.has("ITA")).toBe(false);
    expect(stateOn(timeline, "2026-01-07").get("ITA")?.stance).toBe("refusal");
    expect(timeline.citation(1)).toEqual({ precision: "month", source: { title: "Ansa", publisher: null, url: null } });
    expect(timeline.citation(3)).toEqual({ precision: "day", source: { title: "Le Monde", publisher: "Le Monde", url: "https://example.org/a" } });
    expect(timeline.changeDates).toEqual(["2025-08-01", "2025-09-04", "2026-01-06"]);
    expect(countState(stateOn(timeline, "2026-01-07"), countries.length)).toMatchObject({ none: 1, counts: { troops: 1, refusal: 1 } });
  });

  it("cites the statement in force, a restatement too, while the change point says since when it is unchanged", () => {
    expect(payload.restated).toEqual({ FRA: [[158, 0, 3, 1]] });
    expect(timeline.decidingOn("FRA", "2026-02-01")?.statementId).toBe(3);
    expect(timeline.decidingOn("FRA", "2026-01-05")?.statementId).toBe(2);
    expect(timeline.decidingOn("FRA", "2025-07-31")).toBeNull();
    expect(timeline.decidingOn("ITA", "2026-01-06")?.statementId).toBe(4);
    expect(stateOn(timeline, "2026-02-01").get("FRA")).toEqual({ date: "2025-09-04", stance: "troops", statementId: 2 });
    // A restatement on a day of its own is no change date (no slider tick).
    const alone = unpackTimeline(packTimeline([...facts, cite(f(5, "FRA", "2026-02-10", "troops"))], sources, countries, []));
    expect(alone.changeDates).toEqual(["2025-08-01", "2025-09-04", "2026-01-06"]);
    expect(alone.decidingOn("FRA", "2026-03-01")).toEqual({ date: "2026-02-10", stance: "troops", statementId: 5 });
  });

  it("survives JSON and agrees with the as-of rule on random data", () => {
    const random = randomFacts(3000, 40, 500, 7).map((x) => cite(x, 1));
    const local = unpackTimeline(JSON.parse(JSON.stringify(packTimeline(random, sources, [], []))));
    for (let d = 0; d < 520; d += 13) {
      const date = addDays("2025-01-01", d);
      const expected = new Map([...stancesAsOf(random, date)].map(([iso3, s]) => [iso3, s.stance]));
      const actual = new Map([...stateOn(local, date)].map(([iso3, p]) => [iso3, p.stance]));
      expect(actual).toEqual(expected);
      // The hover's statement is the as-of rule's deciding statement, restatements included.
      const deciding = new Map([...stancesAsOf(random, date)].map(([iso3, s]) => [iso3, s.statement.statementId]));
      expect(new Map([...deciding.keys()].map((iso3) => [iso3, local.decidingOn(iso3, date)?.statementId]))).toEqual(deciding);
    }
  });

  // The time of a slider step at 100k statements is measured by `npm run bench` (recolour); here,
  // what keeps it small: each country's state is a binary search over its change points.
  it("computes a slider step at 100k statements by a binary search per country", { timeout: 30_000 }, () => {
    const random = randomFacts(100_000, 250, 500, 11).map((x) => cite(x, 1));
    const big = unpackTimeline(packTimeline(random, sources, [], []));
    const counted = new Map([...big.pointsByCountry].map(([iso3, pts]) => [iso3, { pts, counter: countingReads(pts) }]));
    const watched = { pointsByCountry: new Map([...counted].map(([iso3, c]) => [iso3, c.counter.items])) };
    const longest = Math.max(...[...counted.values()].map((c) => c.pts.length));
    expect(longest).toBeGreaterThan(100); // long enough that a linear scan would read far more
    for (let d = 0; d < 200; d++) {
      const date = addDays("2025-01-01", d * 2);
      for (const c of counted.values()) c.counter.reset();
      const state = stateOn(watched, date);
      for (const [iso3, c] of counted) expect(c.counter.reads(), `${iso3} on ${date}`).toBeLessThanOrEqual(binarySearchReads(c.pts.length));
      if (d % 40 === 0) {
        const expected = new Map([...stancesAsOf(random, date)].map(([iso3, s]) => [iso3, s.stance]));
        expect(new Map([...state].map(([iso3, p]) => [iso3, p.stance])), date).toEqual(expected);
      }
    }
  });

  describe("unpacking in slices", () => {
    const random = randomFacts(3000, 40, 500, 7).map((x, i) => cite(x, 1 + (i % 2), i % 5 === 0 ? "month" : "day"));
    const packed = JSON.parse(JSON.stringify(packTimeline(random, sources, [], []))) as ReturnType<typeof packTimeline>;
    // A clock that moves 1 ms per reading, so a 5 ms slice ends every few countries.
    const ticking = () => {
      let t = 0;
      return () => (t += 1);
    };

    it("gives exactly what unpacking in one go gives, pausing between slices", async () => {
      let pauses = 0;
      const sliced = await unpackTimelineInSlices(packed, async () => void (pauses += 1), { sliceMs: 5, now: ticking() });
      const whole = unpackTimeline(packed);
      expect(pauses).toBeGreaterThan(3);
      expect(sliced).not.toBeNull();
      expect(sliced!.pointsByCountry).toEqual(whole.pointsByCountry);
      expect(sliced!.changeDates).toEqual(changeDates(whole.pointsByCountry));
      for (const points of whole.pointsByCountry.values()) {
        for (const p of points) expect(sliced!.citation(p.statementId)).toEqual(whole.citation(p.statementId));
      }
    });

    it("stops, resolving to null, when asked to between slices", async () => {
      let pauses = 0;
      const result = await unpackTimelineInSlices(packed, async () => void (pauses += 1), { sliceMs: 5, now: ticking(), shouldStop: () => pauses >= 2 });
      expect(result).toBeNull();
      expect(pauses).toBe(2);
    });
  });
});
