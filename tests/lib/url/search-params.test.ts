import { describe, expect, it } from "vitest";
import { readViewParams, serializeViewParams } from "@/lib/url/search-params";
import { CONDITION_KEYS } from "@/lib/types";

describe("readViewParams", () => {
  it("reads a full, valid view", () => {
    const { params, notices } = readViewParams({
      date: "2026-01-07",
      country: "fra",
      stances: "refusal,troops",
      view: "table",
      zoom: "5",
      lat: "48.5",
      lng: "-2.25",
      known: "2026-01-07T12:00:00Z",
      sort: "-age",
      q: "ceasefire",
      official: "1",
      commitment: "pledged",
      assume: "no_us_backstop",
      group: "summit:paris-2026-01-06",
      stale: "90",
    });
    expect(notices).toEqual([]);
    expect(params).toEqual({
      date: "2026-01-07",
      country: "FRA",
      // legend order, not URL order
      stances: ["troops", "refusal"],
      view: "table",
      zoom: 5,
      lat: 48.5,
      lng: -2.25,
      known: Date.UTC(2026, 0, 7, 12),
      sort: { key: "age", desc: true },
      q: "ceasefire",
      official: true,
      commitment: "pledged",
      assume: "us_backstop",
      group: "summit:paris-2026-01-06",
      stale: 90,
    });
  });

  it("defaults everything when the URL is empty", () => {
    const { params, notices } = readViewParams({});
    expect(notices).toEqual([]);
    expect(params).toEqual({ date: null, country: null, stances: null, view: "map", zoom: null, lat: null, lng: null, known: null, sort: null, q: null, official: null, commitment: null, assume: null, group: null, stale: null });
  });

  it.each([
    ["date", "2025-13-45"],
    ["date", "2025-02-30"],
    ["country", "France"],
    ["stances", "bogus"],
    ["view", "globe"],
    ["zoom", "abc"],
    ["zoom", "99"],
    ["zoom", "4.5"],
    ["known", "yesterday"],
    ["sort", "bogus"],
    ["sort", "--date"],
    ["official", "yes"],
    ["official", "true"],
    ["commitment", "promised"],
    ["commitment", "Pledged"],
    ["assume", "us_backstop"],
    ["assume", "no_ceasefire,no_us_backstop"],
    ["assume", "no_toString"],
    ["group", "NATO"],
    ["group", "g7"],
    ["group", "eu,nato"],
    ["group", "summit:"],
    ["group", "summit:Paris 2025"],
    ["stale", "0"],
    ["stale", "OFF"],
    ["stale", "90d"],
  ])("drops %s=%s with a notice naming it", (key, value) => {
    const { params, notices } = readViewParams({ [key]: value });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`${key}="${value}"`);
    expect(params[key as keyof typeof params]).toBe(key === "view" ? "map" : null);
  });

  it("drops a table filter longer than 100 characters with a notice", () => {
    const { params, notices } = readViewParams({ q: "x".repeat(101) });
    expect(params.q).toBeNull();
    expect(notices).toEqual([expect.stringMatching(/^Ignored q="x+…": expected a filter text of at most 100 characters/)]);
  });

  it("keeps the valid categories of a partly bad filter and names the others", () => {
    const { params, notices } = readViewParams({ stances: "troops,bogus,none" });
    expect(params.stances).toEqual(["troops", "none"]);
    expect(notices).toEqual(['Ignored unknown categories in stances: "bogus".']);
  });

  it("drops a lone lat or lng", () => {
    const { params, notices } = readViewParams({ lat: "50" });
    expect(params.lat).toBeNull();
    expect(notices[0]).toMatch(/lat and lng/);
  });

  it("names unknown parameters but not tracking ones, and survives prototype keys", () => {
    const { notices } = readViewParams({ foo: "1", utm_source: "x", __proto__: "y", toString: "z" } as Record<string, string>);
    expect(notices).toContain('Ignored the unknown parameter "foo".');
    expect(notices).toContain('Ignored the unknown parameter "toString".');
    expect(notices.some((n) => n.includes("utm_source"))).toBe(false);
  });

  it("uses the first of repeated values and ignores empty ones", () => {
    const { params, notices } = readViewParams({ date: ["2025-09-05", "2026-01-07"], country: "" });
    expect(params.date).toBe("2025-09-05");
    expect(params.country).toBeNull();
    expect(notices).toEqual([]);
  });

  it("reads official=0 as off and every assume= value there is", () => {
    expect(readViewParams({ official: "0" })).toEqual({ params: expect.objectContaining({ official: false }), notices: [] });
    for (const k of CONDITION_KEYS) expect(readViewParams({ assume: `no_${k}` }).params.assume).toBe(k);
  });

  it("round-trips the claim filters and the scenario through the serializer (a shared link keeps them)", () => {
    const view = readViewParams({ date: "2026-01-07", official: "1", commitment: "willing", assume: "no_parliament_vote" }).params;
    const url = serializeViewParams("https://example.org/", view);
    expect(url).toContain("official=1");
    expect(url).toContain("commitment=willing");
    expect(url).toContain("assume=no_parliament_vote");
    expect(readViewParams(Object.fromEntries(new URL(url).searchParams)).params).toEqual(view);
  });

  it("round-trips through the serializer", () => {
    const view = readViewParams({ date: "2025-09-05", stances: "troops", zoom: "6", lat: "50.1234", lng: "10.5", known: "2026-01-07T12:00:00.000Z", sort: "-date", q: "Türkiye & co" }).params;
    const url = serializeViewParams("https://example.org/", view);
    const again = readViewParams(Object.fromEntries(new URL(url).searchParams)).params;
    expect(again).toEqual(view);
    expect(url).not.toContain("view=map");
  });
});
