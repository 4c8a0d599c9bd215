/**
 * "Cite this view" and the citation bundle, end to end against the production build: in Chromium
 * the Cite disclosure of the dashboard, a country page, a statement page and the compare screen
 * shows APA and Chicago with the frozen permalink (the view's parameters plus known=) and the access
 * date; the BibTeX and CSL-JSON downloads parse (citation-js) to that permalink; the bundle lists
 * exactly the sources of the view's deciding statements, computed from the seed file; it all fits
 * 390 px and opens without JavaScript. The routes refuse bad parameters with a 400 naming them and
 * answer with the read API's cache headers. Read only.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { parseCsv } from "@/lib/csv";
import { NATO_MEMBERSHIP, membersOn } from "@/lib/groups/membership";
import { todayIso } from "@/lib/dates";
import { BUNDLE_CSV_COLUMNS } from "@/lib/cite/source-items";
import { FROZEN_KNOWN_MARGIN_MS } from "@/lib/http/cache-control";
import { decidingRows, seedKnown, type SeedRow } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";

const { newPage } = setupBrowser();
const DATE = "2026-01-06";

const titlesOf = (rows: Iterable<SeedRow>) => {
  const out = new Set<string>();
  for (const r of rows) {
    out.add(r.source_title!);
    for (const m of r.more_sources ? (JSON.parse(r.more_sources) as { title: string }[]) : []) out.add(m.title);
  }
  return out;
};
const official = (r: SeedRow) => r.speaker_role !== "" && r.speaker_role !== "anonymous_official";

/** Opens the Cite disclosure and returns the permalink it shows, parsed. */
async function openCite(page: Page): Promise<URL> {
  await page.getByTestId("cite-control").locator("summary").click();
  const link = page.getByTestId("cite-permalink");
  await link.waitFor({ state: "visible" });
  return new URL((await link.getAttribute("href"))!);
}

/** Clicks a download link and returns the downloaded file's text and suggested name. */
async function download(page: Page, testId: string): Promise<{ text: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const p = await file.path();
  return { text: fs.readFileSync(p, "utf8"), name: file.suggestedFilename() };
}

function bundleTitles(csv: string): Set<string> {
  const parsed = parseCsv(csv, { columns: BUNDLE_CSV_COLUMNS, required: [] });
  expect(parsed.error).toBeUndefined();
  return new Set(parsed.rows.map((r) => r.record.title!));
}

async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

describe("the Cite control", () => {
  it("on the dashboard: a frozen permalink with the filters, APA and Chicago, BibTeX/CSL downloads and the bundle", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    const before = Date.now();
    await page.goto(`/?date=${DATE}&official=1&group=nato&view=table`);
    const link = await openCite(page);
    expect(link.pathname).toBe("/");
    for (const [k, v] of [["date", DATE], ["official", "1"], ["group", "nato"], ["view", "table"]]) expect(link.searchParams.get(k!), k).toBe(v);
    const known = Date.parse(link.searchParams.get("known")!);
    expect(known).toBeGreaterThanOrEqual(before - 1000);
    expect(known).toBeLessThanOrEqual(Date.now());
    const apa = await page.getByTestId("cite-apa").innerText();
    const chicago = await page.getByTestId("cite-chicago").innerText();
    for (const text of [apa, chicago]) {
      expect(text).toContain(link.href);
      expect(text).toMatch(/6 January 2026/);
      expect(text.toLowerCase()).toContain("nato members, official positions only");
    }
    const accessed = new Date(`${todayIso()}T12:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
    expect(apa).toContain(`Retrieved ${accessed}`);
    expect(chicago).toContain(`Accessed ${accessed}`);
    await fitsPhone(page);

    const bib = await download(page, "cite-bibtex");
    expect(bib.name).toMatch(/\.bib$/);
    expect((new Cite(bib.text).data as { URL?: string }[])[0]?.URL).toBe(link.href);
    const csl = await download(page, "cite-csl");
    expect((JSON.parse(csl.text) as { URL: string }[])[0]?.URL).toBe(link.href);

    const bundle = await download(page, "cite-bundle");
    const nato = membersOn(NATO_MEMBERSHIP, DATE);
    const expected = titlesOf([...decidingRows(DATE, official)].filter(([iso3]) => nato.has(iso3)).map(([, r]) => r));
    expect(expected.size).toBeGreaterThan(0);
    expect(bundleTitles(bundle.text)).toEqual(expected);
  });

  it("follows the dashboard's URL as it is when opened (the slider moves the date without a reload)", async () => {
    const page = await newPage();
    await page.goto(`/?date=${DATE}&commitment=pledged`);
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("ArrowRight");
    const moved = "2026-01-07";
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("date"))).toBe(moved);
    await openCite(page);
    const permalinkParam = async (name: string) => new URL((await page.getByTestId("cite-permalink").getAttribute("href"))!).searchParams.get(name);
    await expect.poll(() => permalinkParam("date")).toBe(moved);
    expect(await permalinkParam("commitment")).toBe("pledged");
    expect(await permalinkParam("known")).not.toBeNull();
    expect(await page.getByTestId("cite-apa").innerText()).toContain("7 January 2026");
    const bundle = await download(page, "cite-bundle");
    expect(bundleTitles(bundle.text)).toEqual(titlesOf(decidingRows(moved, (r) => ["pledged", "approved", "deployed"].includes(r.commitment!)).values()));
  });

  it("on a country page, a statement page and the compare screen, at 390 px", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    const today = todayIso();
    await page.goto("/countries/FRA");
    const country = await openCite(page);
    expect(country.pathname).toBe("/countries/FRA");
    expect(country.searchParams.get("known")).not.toBeNull();
    expect(await page.getByTestId("cite-apa").innerText()).toContain("France");
    await fitsPhone(page);
    expect(bundleTitles((await download(page, "cite-bundle")).text)).toEqual(titlesOf([decidingRows(today).get("FRA")!]));

    const stances = (await (await fetch(urlFor(`/api/v1/stances?date=${DATE}`))).json()) as { countries: { statementId: number; sources: { title: string }[] }[] };
    const many = stances.countries.find((c) => c.sources.length > 1) ?? stances.countries[0]!;
    await page.goto(`/statements/${many.statementId}`);
    const statement = await openCite(page);
    expect(statement.pathname).toBe(`/statements/${many.statementId}`);
    expect(await page.getByTestId("cite-chicago").innerText()).toContain(`#${many.statementId}`);
    await fitsPhone(page);
    expect(bundleTitles((await download(page, "cite-bundle")).text)).toEqual(new Set(many.sources.map((s) => s.title)));

    await page.goto(`/compare?date=2025-09-01&compare=${DATE}`);
    const compare = await openCite(page);
    expect([compare.pathname, compare.searchParams.get("date"), compare.searchParams.get("compare")]).toEqual(["/compare", "2025-09-01", DATE]);
    expect(compare.searchParams.get("known")).not.toBeNull();
    expect(await page.getByTestId("cite-apa").innerText()).toContain("1 September 2025 to 6 January 2026");
    await fitsPhone(page);
  });

  it("cites the compare screen as it shows it: its default dates, its group and its stale threshold", async () => {
    const page = await newPage();
    await page.goto("/compare?group=nato&stale=30");
    const shown = [await page.locator('input[name="date"]').inputValue(), await page.locator('input[name="compare"]').inputValue()];
    const cited = await openCite(page);
    expect([cited.searchParams.get("date"), cited.searchParams.get("compare")]).toEqual(shown);
    expect([cited.searchParams.get("group"), cited.searchParams.get("stale")]).toEqual(["nato", "30"]);
  });

  it("opens and links without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`/?date=${DATE}&commitment=pledged`);
    const link = await openCite(page);
    expect(link.searchParams.get("commitment")).toBe("pledged");
    expect(await page.getByTestId("cite-apa").innerText()).toContain(link.href);
    const href = (await page.getByTestId("cite-bundle").getAttribute("href"))!;
    const res = await fetch(urlFor(href));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  });
});

describe("the citation routes", () => {
  it("refuse bad parameters with a 400 naming them, and unknown pages with a 404", async () => {
    const cases: [string, number, RegExp][] = [
      ["/api/v1/citations?date=2025-13-01", 400, /^date:/],
      ["/api/v1/citations?known=yesterday", 400, /^known:/],
      ["/api/v1/citations?format=xml", 400, /^format:/],
      ["/api/v1/citations?official=yes", 400, /^official:/],
      ["/api/v1/citations?commitment=sworn", 400, /^commitment:/],
      ["/api/v1/citations?assume=no_rain", 400, /^assume:/],
      ["/api/v1/citations?group=g7", 400, /^group:/],
      ["/api/v1/citations?group=summit:no-such-summit", 400, /^group:/],
      ["/api/v1/citations?statement=-1", 400, /^statement:/],
      ["/api/v1/citations?country=FRANCE", 400, /^country:/],
      ["/api/v1/citation?page=/", 400, /^known:/],
      ["/api/v1/citation?known=2026-01-08", 400, /^page:/],
      ["/api/v1/citation?page=/admin&known=2026-01-08", 400, /^page:/],
      ["/api/v1/citation?page=https://evil.example/&known=2026-01-08", 400, /^page:/],
      ["/api/v1/citation?page=/&known=2026-01-08&format=ris", 400, /^format:/],
      ["/api/v1/citation?page=/&known=2026-01-08&date=2026-02-30", 400, /^date:/],
      ["/api/v1/citation?page=/&known=2026-01-08&group=summit:nope", 400, /^group:/],
      ["/api/v1/citation?page=/countries/ZZZ&known=2026-01-08", 404, /^page:/],
      ["/api/v1/citation?page=/statements/999999999&known=2026-01-08", 404, /^page:/],
    ];
    for (const [url, status, error] of cases) {
      const res = await fetch(urlFor(url));
      expect(res.status, url).toBe(status);
      expect(res.headers.get("content-type"), url).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: string }).error, url).toMatch(error);
    }
  });

  it("answer with the read API's cache headers, an ETag and a 304, and the same bundle in every format", { timeout: 90_000 }, async () => {
    // As known when the seed was loaded: the seed's data, whatever other specs wrote since.
    const known = seedKnown();
    // A view counts as frozen only once its `known` is older than the margin for in-flight writes
    // (lib/http/cache-control.ts); on a fresh run the seed may be younger: wait until it is not.
    const frozenFrom = Date.parse(known) + FROZEN_KNOWN_MARGIN_MS + 1_000;
    if (Date.now() < frozenFrom) await new Promise((done) => setTimeout(done, frozenFrom - Date.now()));
    for (const url of [`/api/v1/citations?date=${DATE}&known=${known}`, `/api/v1/citation?page=/&date=${DATE}&known=2026-01-08&format=bibtex`]) {
      const res = await fetch(urlFor(url));
      expect(res.status, url).toBe(200);
      // The bundle at a past `known` can never change (sources are bitemporal); a citation carries
      // today's access date, so it stays short-lived whatever its `known`.
      expect(res.headers.get("cache-control"), url).toMatch(url.includes("/citations?") ? /^public, max-age=31536000, immutable$/ : /^public, max-age=0, s-maxage=\d+/);
      const etag = res.headers.get("etag")!;
      expect(etag, url).toBeTruthy();
      expect((await fetch(urlFor(url), { headers: { "if-none-match": etag } })).status, url).toBe(304);
      expect((await fetch(urlFor(url), { headers: { cookie: "a=b" } })).headers.get("cache-control"), url).toBe("private, no-store");
    }
    const base = `/api/v1/citations?date=${DATE}&known=${known}`;
    const csvText = await (await fetch(urlFor(`${base}&format=csv`))).text();
    const csv = bundleTitles(csvText);
    expect(csv).toEqual(titlesOf(decidingRows(DATE).values()));
    const csl = (await (await fetch(urlFor(`${base}&format=csl`))).json()) as { title: string }[];
    expect(new Set(csl.map((i) => i.title))).toEqual(csv);
    const bib = new Cite(await (await fetch(urlFor(`${base}&format=bibtex`))).text()).data as { title: string }[];
    expect(bib).toHaveLength(parseCsv(csvText, { columns: BUNDLE_CSV_COLUMNS, required: [] }).rows.length);
  });
});
