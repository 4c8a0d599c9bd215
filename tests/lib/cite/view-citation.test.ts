import { describe, expect, it } from "vitest";
import { CONDITION_LABELS } from "@/lib/format/claim-labels";
import { readViewParams } from "@/lib/url/search-params";
import { CONDITION_KEYS } from "@/lib/types";
import { frozenQuery, permalink, viewCslItem, viewTitle, type CitedFilters, type CitedView } from "@/lib/cite/view-citation";

const none: CitedFilters = { date: "2026-01-06", official: false, commitment: null, assume: null, groupLabel: null, stanceLabels: null, countryName: null };
const dashboard = (filters: Partial<CitedFilters> = {}, query = "date=2026-01-06"): CitedView => ({
  page: { kind: "dashboard" },
  filters: { ...none, ...filters },
  path: "/",
  query: new URLSearchParams(query),
});

describe("the view citation", () => {
  it("titles the dashboard by its date and names every filter", () => {
    expect(viewTitle(dashboard())).toBe("Coalition Tracker: positions on 6 January 2026");
    const title = viewTitle(dashboard({ official: true, commitment: "pledged", assume: "us_backstop", groupLabel: "NATO members", stanceLabels: ["Ground troops"], countryName: "France" }));
    for (const part of ["6 January 2026", "NATO members", "Ground troops filter", "official positions only", "pledged or firmer", "assuming no US backstop", "France open"]) expect(title).toContain(part);
    expect(viewTitle(dashboard({ commitment: "deployed" }))).toContain("deployed only");
  });

  it("names a scenario by the label the page shows (assume=no_us_backstop: \"US backstop\"), for every condition", () => {
    const { params } = readViewParams({ date: "2026-01-06", assume: "no_us_backstop" });
    expect(params.assume).toBe("us_backstop");
    expect(viewTitle(dashboard({ assume: params.assume }))).toBe("Coalition Tracker: positions on 6 January 2026 (assuming no US backstop)");
    for (const k of CONDITION_KEYS) expect(viewTitle(dashboard({ assume: k })), k).toContain(`(assuming no ${CONDITION_LABELS[k]})`);
  });

  it("titles the other pages", () => {
    expect(viewTitle({ page: { kind: "compare", dateA: "2025-09-04", dateB: "2026-01-06" }, filters: none })).toBe("Coalition Tracker: changes from 4 September 2025 to 6 January 2026");
    expect(viewTitle({ page: { kind: "country", iso3: "FRA", name: "France" }, filters: none })).toContain("France");
    expect(viewTitle({ page: { kind: "statement", id: 12, label: "France, 4 Sep 2025" }, filters: none })).toContain("statement #12, France, 4 Sep 2025");
  });

  it("freezes the permalink: every view parameter kept, known set (replacing one the view had)", () => {
    const view = dashboard({}, "date=2026-01-06&official=1&group=nato&known=2025-01-01T00%3A00%3A00.000Z&stances=troops");
    const url = new URL(permalink("https://tracker.example/", view, "2026-12-01T15:00:00.000Z"));
    expect(url.origin + url.pathname).toBe("https://tracker.example/");
    expect(url.searchParams.getAll("known")).toEqual(["2026-12-01T15:00:00.000Z"]);
    for (const [k, v] of [["date", "2026-01-06"], ["official", "1"], ["group", "nato"], ["stances", "troops"]]) expect(url.searchParams.get(k!)).toBe(v);
    expect(frozenQuery(new URLSearchParams(), "2026-12-01T15:00:00.000Z").toString()).toBe("known=2026-12-01T15%3A00%3A00.000Z");
  });

  it("makes an undated CSL item with the permalink and the access date", () => {
    const item = viewCslItem(dashboard(), "http://localhost:3000", "2026-12-01T15:00:00.000Z", "2026-12-02");
    expect(item).toMatchObject({ type: "webpage", title: "Coalition Tracker: positions on 6 January 2026", publisher: "Coalition Tracker" });
    expect(item.URL).toBe("http://localhost:3000/?date=2026-01-06&known=2026-12-01T15:00:00.000Z");
    expect(item.issued).toBeUndefined();
    expect(item.accessed).toEqual({ "date-parts": [[2026, 12, 2]] });
  });
});
