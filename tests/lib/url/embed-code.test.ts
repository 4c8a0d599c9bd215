import { describe, expect, it } from "vitest";
import { EMBED_KINDS, EMBED_TARGETS, embedUrl, iframeCode } from "@/lib/url/embed-code";
import { isFrameablePath } from "@/lib/http/security-headers";
import { readViewParams } from "@/lib/url/search-params";

/** A dashboard view as the dashboard holds it, from a query string. */
function view(query: string) {
  const { params, notices } = readViewParams(Object.fromEntries(new URLSearchParams(query)));
  expect(notices).toEqual([]);
  return { ...params, date: params.date ?? "2026-01-07" };
}

const ORIGIN = "https://tracker.example.org";

describe("embedUrl", () => {
  it("points every kind at a path that may be framed", () => {
    for (const kind of EMBED_KINDS) {
      const url = new URL(embedUrl(ORIGIN, kind, view("")));
      expect(url.origin).toBe(ORIGIN);
      expect(isFrameablePath(url.pathname), kind).toBe(true);
      expect(url.pathname).toBe(EMBED_TARGETS[kind].path);
    }
  });

  it("carries the view's parameters, read back by the dashboard's own parser to the same view", () => {
    const query = "date=2025-09-04&known=2026-01-07T12:00:00.000Z&official=1&commitment=pledged&assume=no_ceasefire&group=nato&stale=90&stances=troops,none&zoom=5&lat=50&lng=10";
    const shown = view(query);
    const back = readViewParams(Object.fromEntries(new URL(embedUrl(ORIGIN, "map", shown)).searchParams));
    expect(back.notices).toEqual([]);
    expect(back.params).toEqual({ ...shown, view: "map" });
    // The charts take the claim filters, group and date, not the map's own state.
    const chart = readViewParams(Object.fromEntries(new URL(embedUrl(ORIGIN, "coalition", shown)).searchParams)).params;
    expect(chart).toMatchObject({ date: "2025-09-04", known: shown.known, official: true, commitment: "pledged", assume: "ceasefire", group: "nato" });
    expect(chart).toMatchObject({ stances: null, zoom: null, lat: null, lng: null, stale: null });
  });

  it("always writes the date and leaves out the dashboard's layout (table, sort, text filter, panel, official=0)", () => {
    const url = new URL(embedUrl(ORIGIN, "map", view("view=table&sort=-date&q=macron&country=FRA&official=0")));
    expect(url.searchParams.get("date")).toBe("2026-01-07");
    for (const p of ["view", "sort", "q", "country", "official"]) expect(url.searchParams.has(p), p).toBe(false);
  });
});

describe("iframeCode", () => {
  it("is one iframe whose attributes hold the URL and title, escaped", () => {
    const shown = view("date=2025-09-04&group=summit:paris-2025-09-04&official=1");
    for (const kind of EMBED_KINDS) {
      const code = iframeCode(`${ORIGIN}/`, kind, shown);
      const src = /^<iframe src="([^"]*)" title="([^"]*)" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/.exec(code);
      expect(src, code).not.toBeNull();
      // & between parameters is written &amp; (valid HTML), and decodes back to the embed's URL.
      expect(src![1]).not.toMatch(/&(?!amp;)/);
      expect(src![1]!.replace(/&amp;/g, "&")).toBe(embedUrl(ORIGIN, kind, shown));
      expect(src![2]).toBe(EMBED_TARGETS[kind].title);
    }
  });

  it("cannot be broken out of by an origin with markup in it", () => {
    const code = iframeCode('https://x.example"><script>alert(1)</script>', "map", view(""));
    expect(code).not.toContain("<script>");
    expect(code.match(/"/g)).toHaveLength(12); // six attributes, nothing more
  });
});
