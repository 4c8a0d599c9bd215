/**
 * Citations through citation-js (app/_lib/cite/render.ts): APA and Chicago carry the title, the
 * frozen permalink and the access date; BibTeX and CSL-JSON parse back with citation-js itself.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Cite } from "@citation-js/core";
import { formatBibliography, formatBibtex, formatCslJson } from "@/app/_lib/cite/render";
import { CHICAGO_STYLE } from "@/app/_lib/cite/chicago-style";
import { sourceCslItem } from "@/lib/cite/source-items";
import { viewCslItem, type CitedView, type CslItem } from "@/lib/cite/view-citation";

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

/** citation-js on its own, no memo (Chicago is registered by the first formatBibliography call). */
function uncached(items: object[], style: "apa" | "chicago"): string {
  const template = style === "chicago" ? CHICAGO_STYLE : "apa";
  return new Cite(items).format("bibliography", { format: "text", template, lang: "en-US" }).trim();
}

describe("the bibliography memo (one citeproc run per item apart from its URL)", () => {
  afterEach(() => vi.restoreAllMocks());
  const later = viewCslItem(view, "http://localhost:3000", "2026-12-01T15:04:06.000Z", "2026-12-01");

  it.each(["apa", "chicago"] as const)("%s: a second URL is served from the memo, byte for byte what citation-js renders", (style) => {
    const first = formatBibliography([item], style);
    const format = vi.spyOn(Cite.prototype, "format");
    const second = formatBibliography([later], style);
    expect(format).not.toHaveBeenCalled();
    format.mockRestore();
    expect(first).toBe(uncached([item], style));
    expect(second).toBe(uncached([later], style));
    expect(second).toContain(later.URL as string);
    expect(second).not.toBe(first);
  });

  it.each(["apa", "chicago"] as const)("%s: URLs citeproc alters (quotes, a closing period or ';') are rendered as they are", (style) => {
    formatBibliography([item], style);
    for (const url of ["http://localhost:3000/it's", 'http://localhost:3000/"q"', "http://localhost:3000/a.", "http://localhost:3000/a...", "http://localhost:3000/&amp;", "http://localhost:3000/a_"]) {
      const odd = { ...item, URL: url };
      expect(formatBibliography([odd], style)).toBe(uncached([odd], style));
    }
  });

  it("several items, with and without a URL, come out as citation-js puts them", () => {
    const other = sourceCslItem({ id: 7, title: "Pariser Konferenz", publisher: "IT BOLTWISE", url: null, publishedOn: "2025-09-04", language: "de", retrievedOn: null, archivedUrl: null, note: null });
    for (const style of ["apa", "chicago"] as const) {
      expect(formatBibliography([item, other], style)).toBe(uncached([item, other], style));
      expect(formatBibliography([later, other], style)).toBe(uncached([later, other], style));
    }
  });
});

describe("the bibliography memo across dates (one citeproc run per view apart from its title's dates)", () => {
  afterEach(() => vi.restoreAllMocks());
  const onDate = (date: string, extra: Partial<CitedView["filters"]> = {}): CslItem =>
    viewCslItem({ ...view, filters: { ...view.filters, date, ...extra }, query: new URLSearchParams(`date=${date}`) }, "http://localhost:3000", known, "2026-12-01");

  it.each(["apa", "chicago"] as const)("%s: a dashboard on another date is served from the memo, byte for byte what citation-js renders", (style) => {
    formatBibliography([onDate("2026-01-06")], style);
    const format = vi.spyOn(Cite.prototype, "format");
    // Every month name (Chicago title-cases the rest of the title), one- and two-digit days.
    const dates = ["2025-01-09", "2022-02-24", "2025-03-01", "2025-04-30", "2025-05-10", "2025-06-06", "2025-07-31", "2025-08-15", "2025-09-04", "2025-10-01", "2026-11-30", "2024-12-31"];
    const memoised = dates.map((d) => formatBibliography([onDate(d)], style));
    expect(format).not.toHaveBeenCalled();
    format.mockRestore();
    dates.forEach((d, i) => {
      expect(memoised[i]).toBe(uncached([onDate(d)], style));
      expect(memoised[i]).toMatch(new RegExp(`positions on ${Number(d.slice(8))} `, "i"));
    });
  });

  it.each(["apa", "chicago"] as const)("%s: two dates in one title (the compare screen) and titles without a date come out as citation-js puts them", (style) => {
    const compare = (a: string, b: string) => viewCslItem({ page: { kind: "compare", dateA: a, dateB: b }, filters: view.filters, path: "/compare", query: new URLSearchParams(`date=${a}&compare=${b}`) }, "http://localhost:3000", known, "2026-12-01");
    const statement = viewCslItem({ page: { kind: "statement", id: 12, label: "France, 4 Sep 2025" }, filters: view.filters, path: "/statements/12", query: new URLSearchParams() }, "http://localhost:3000", known, "2026-12-01");
    for (const items of [[compare("2025-03-01", "2026-01-06")], [compare("2026-01-06", "2025-03-01")], [statement], [onDate("2025-09-04"), compare("2025-01-01", "2025-12-31")]]) {
      expect(formatBibliography(items, style)).toBe(uncached(items, style));
    }
  });

  it.each(["apa", "chicago"] as const)("%s: an item whose text already reads like a marker is rendered as it is", (style) => {
    for (const title of ["DATEMEMO0Q on 6 January 2026", "see http://cite-memo.invalid/url0x", "4 January 2026 and DATEMEMO1Q"]) {
      const odd = { ...onDate("2026-01-04"), title };
      expect(formatBibliography([odd], style)).toBe(uncached([odd], style));
    }
  });
});
