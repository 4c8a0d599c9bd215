import { describe, expect, it } from "vitest";
import { groupMoves, moveKind, moveMatrix } from "@/lib/compare/compare";
import { compareHref, compareRedirectHref, defaultFirstDate, isCompareView, readCompareParams } from "@/lib/compare/compare-params";
import { futureDateNotice } from "@/lib/format/date-notices";
import { readViewParams } from "@/lib/url/search-params";
import { diffStances } from "@/lib/diff/diff";
import type { StanceKey, StanceMove } from "@/lib/types";
import { f } from "../helpers";

const m = (iso3: string, from: StanceKey | null, to: StanceKey | null): StanceMove => ({
  countryIso3: iso3,
  from,
  to,
  fromStatementId: null,
  toStatementId: null,
});

describe("moveKind", () => {
  it("classifies by category rank, with no stated position outside it", () => {
    expect(moveKind(m("X", null, "refusal"))).toBe("new_position");
    expect(moveKind(m("X", "troops", null))).toBe("position_withdrawn");
    expect(moveKind(m("X", "undecided", "troops"))).toBe("stronger");
    expect(moveKind(m("X", "refusal", "undecided"))).toBe("stronger");
    expect(moveKind(m("X", "troops", "refusal"))).toBe("weaker");
  });
});

describe("groupMoves", () => {
  it("groups by transition, destination rank first, then origin", () => {
    const groups = groupMoves([
      m("ITA", null, "refusal"),
      m("USA", "undecided", "support_only"),
      m("FRA", "undecided", "troops"),
      m("GBR", null, "troops"),
      m("DEU", "undecided", "troops"),
      m("ESP", "naval", null),
    ]);
    expect(groups.map((g) => [g.from, g.to, g.kind, g.moves.map((x) => x.countryIso3)])).toEqual([
      ["undecided", "troops", "stronger", ["FRA", "DEU"]],
      [null, "troops", "new_position", ["GBR"]],
      ["undecided", "support_only", "stronger", ["USA"]],
      [null, "refusal", "new_position", ["ITA"]],
      ["naval", null, "position_withdrawn", ["ESP"]],
    ]);
    expect(groupMoves([])).toEqual([]);
  });
});

describe("moveMatrix", () => {
  it("counts moves per (from, to), with none for no stated position", () => {
    const matrix = moveMatrix([m("A", null, "troops"), m("B", null, "troops"), m("C", "troops", "refusal")]);
    expect(matrix.none.troops).toBe(2);
    expect(matrix.troops.refusal).toBe(1);
    expect(matrix.troops.troops).toBe(0);
    expect(Object.values(matrix).reduce((s, row) => s + Object.values(row).reduce((a, b) => a + b, 0), 0)).toBe(3);
  });

  it("matches diffStances on a history with same-day statements and retractions", () => {
    const facts = [
      f(1, "ITA", "2026-01-06", "refusal"),
      f(2, "USA", "2025-09-04", "undecided"),
      f(3, "USA", "2025-12-15", "support_only"),
      f(4, "USA", "2025-12-15", "undecided"), // same day, larger id: no move after all
      f(5, "POL", "2025-11-01", "troops", true),
    ];
    const moves = diffStances(facts, "2025-09-05", "2026-01-07");
    expect(moves.map((x) => x.countryIso3)).toEqual(["ITA"]);
    expect(moveMatrix(moves).none.refusal).toBe(1);
  });
});

describe("readCompareParams", () => {
  const defaults = { dateA: "2026-11-01", dateB: "2026-11-22" };

  it("reads both dates, the group and the stale threshold", () => {
    expect(readCompareParams({ date: "2025-09-05", compare: "2026-01-07" }, defaults)).toEqual({
      dateA: "2025-09-05",
      dateB: "2026-01-07",
      group: null,
      stale: null,
      notices: [],
    });
    const r = readCompareParams({ date: "2025-09-05", group: "nato", stale: "off" }, defaults);
    expect([r.group, r.stale, r.notices]).toEqual(["nato", false, []]);
    expect(readCompareParams({ group: "summit:paris-2026", stale: "30" }, defaults)).toMatchObject({ group: "summit:paris-2026", stale: 30, notices: [] });
  });

  it("opens on its defaults without a notice when no date is given", () => {
    expect(readCompareParams({}, defaults)).toEqual({ ...defaults, group: null, stale: null, notices: [] });
    expect(readCompareParams({ date: "", compare: "" }, defaults).notices).toEqual([]);
  });

  it("falls back with a notice for malformed dates, groups and thresholds", () => {
    const r = readCompareParams({ date: ["2025-02-30", "2025-09-05"], compare: "" }, defaults);
    expect(r?.dateA).toBe("2026-11-01");
    expect(r?.dateB).toBe("2026-11-22");
    expect(r?.notices).toEqual(['"date=2025-02-30" is not a valid YYYY-MM-DD date; using 2026-11-01 instead.']);
    expect(readCompareParams({ compare: "<script>" }, defaults).notices[0]).toContain('"compare=<script>"');
    for (const [k, v] of [["group", "g7"], ["group", "summit:"], ["stale", "0"], ["stale", "OFF"], ["stale", "99999"]]) {
      const bad = readCompareParams({ [k!]: v }, defaults);
      expect(bad.notices, `${k}=${v}`).toHaveLength(1);
      expect(bad.notices[0]).toContain(`Ignored ${k}="${v}"`);
    }
  });

  it("names unknown parameters as the dashboard does, tracking ones excepted", () => {
    const r = readCompareParams({ date: "2025-09-05", colour: "red", __proto__x: "1", utm_source: "news", fbclid: "x", view: "map" }, defaults);
    expect(r.notices).toEqual(['Ignored the unknown parameter "colour".', 'Ignored the unknown parameter "__proto__x".', 'Ignored the unknown parameter "view".']);
    expect(readViewParams({ colour: "red" }).notices).toEqual(['Ignored the unknown parameter "colour".']);
  });

  it("says when a date is in the future", () => {
    const r = readCompareParams({ date: "2025-09-05", compare: "2030-01-01" }, defaults, "2026-12-01");
    expect(r.dateB).toBe("2030-01-01");
    expect(r.notices).toEqual([futureDateNotice("2030-01-01", "2026-12-01")]);
    expect(readCompareParams({ date: "2026-12-01" }, defaults, "2026-12-01").notices).toEqual([]);
  });
});

describe("defaultFirstDate", () => {
  it("is the latest summit before today, else the first statement, else today", () => {
    expect(defaultFirstDate(["2025-03-01", "2026-01-06", "2026-12-01", "2027-01-01"], "2025-01-01", "2026-12-01")).toBe("2026-01-06");
    expect(defaultFirstDate([], "2025-01-01", "2026-12-01")).toBe("2025-01-01");
    expect(defaultFirstDate(["2027-01-01"], null, "2026-12-01")).toBe("2026-12-01");
  });
});

describe("compareHref", () => {
  it("builds a shareable URL, keeping known", () => {
    expect(compareHref("2025-09-05", "2026-01-07")).toBe("/compare?date=2025-09-05&compare=2026-01-07");
    expect(compareHref("2025-09-05", "2026-01-07", "2026-01-07T00:00:00.000Z")).toBe(
      "/compare?date=2025-09-05&compare=2026-01-07&known=2026-01-07T00%3A00%3A00.000Z",
    );
  });
});

describe("isCompareView", () => {
  it("is true only for view=compare", () => {
    expect(isCompareView({ view: "compare" })).toBe(true);
    expect(isCompareView({ view: ["compare", "map"] })).toBe(true);
    expect(isCompareView({ view: "Compare" })).toBe(false);
    expect(isCompareView({})).toBe(false);
  });
});

describe("compareRedirectHref", () => {
  it("leads an old /?view=compare link to /compare with every other parameter, in order", () => {
    expect(compareRedirectHref({ view: "compare", date: "2025-09-05", compare: "2026-01-07", known: "2026-01-07T00:00:00Z" })).toBe(
      "/compare?date=2025-09-05&compare=2026-01-07&known=2026-01-07T00%3A00%3A00Z",
    );
    expect(compareRedirectHref({ date: "2025-09-05", view: ["compare", "map"], utm: ["a", "b"], compare: undefined })).toBe(
      "/compare?date=2025-09-05&utm=a&utm=b",
    );
  });

  it("keeps malformed values for /compare to report, encoded", () => {
    expect(compareRedirectHref({ view: "compare", date: "2025-02-30", compare: "<script>&x" })).toBe(
      "/compare?date=2025-02-30&compare=%3Cscript%3E%26x",
    );
  });

  it("is bare /compare when nothing else was given", () => {
    expect(compareRedirectHref({ view: "compare" })).toBe("/compare");
  });
});
