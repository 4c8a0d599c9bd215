/**
 * Citations through citation-js (app/_lib/cite/render.ts): APA and Chicago carry the title, the
 * frozen permalink and the access date; BibTeX and CSL-JSON parse back with citation-js itself.
 */
import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import { formatBibliography, formatBibtex, formatCslJson } from "@/app/_lib/cite/render";
import { sourceCslItem } from "@/lib/cite/source-items";
import { viewCslItem, type CitedView } from "@/lib/cite/view-citation";

const view: CitedView = {
  page: { kind: "dashboard" },
  filters: { date: "2026-01-06", official: true, commitment: null, assume: null, groupLabel: "NATO members", stanceLabels: null, countryName: null },
  path: "/",
  query: new URLSearchParams("date=2026-01-06&official=1&group=nato"),
};
const known = "2026-12-01T15:04:05.000Z";
const item = viewCslItem(view, "http://localhost:3000", known, "2026-12-01");
const title = "Coalition Tracker: positions on 6 January 2026 (NATO members, official positions only)";
const url = "http://localhost:3000/?date=2026-01-06&official=1&group=nato&known=2026-12-01T15:04:05.000Z";

describe("rendered citations", () => {
  it("APA names the title, the frozen permalink and the access date", () => {
    const apa = formatBibliography([item], "apa");
    expect(apa).toContain(title);
    expect(apa).toContain(url);
    expect(apa).toMatch(/Retrieved December 1, 2026/);
  });

  it("Chicago author-date does too, in its own form", () => {
    const chicago = formatBibliography([item], "chicago");
    // Chicago capitalises the title (headline style) and quotes it.
    expect(chicago.toLowerCase()).toContain(title.toLowerCase());
    expect(chicago).toContain(url);
    expect(chicago).toContain("Accessed December 1, 2026");
    expect(chicago).not.toBe(formatBibliography([item], "apa"));
  });

  it("BibTeX parses back with citation-js to the same title and URL", () => {
    const bib = formatBibtex([item]);
    expect(bib).toMatch(/^@\w+\{/);
    const [back] = new Cite(bib).data as { title?: string; URL?: string }[];
    expect(back?.title?.replace(/[{}]/g, "")).toBe(title);
    expect(back?.URL).toBe(url);
  });

  it("CSL-JSON is an array of items citation-js reads back", () => {
    const json = JSON.parse(formatCslJson([item, sourceCslItem({ id: 7, title: "Pariser Konferenz", publisher: "IT BOLTWISE", url: null, publishedOn: "2025-09-04", language: "de", retrievedOn: null, archivedUrl: null, note: null })])) as { id: string; title: string; URL?: string }[];
    expect(json.map((i) => i.title)).toEqual([title, "Pariser Konferenz"]);
    expect(Object.keys(json[0]!).some((k) => k.startsWith("_"))).toBe(false);
    expect((new Cite(json).data as { URL?: string }[])[0]?.URL).toBe(url);
  });
});
