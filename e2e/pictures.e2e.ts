/**
 * Pictures and link previews, in Chromium against the production build: the PNG / SVG download
 * links beside the map and the charts download what the page shows (its legend counts with filters
 * on, the source line with the view's permalink), follow the view as it changes and work without
 * JS; bad parameters are a 400 naming them; /og follows country=, group=, stale= and the compare
 * view; country and statement pages carry their own og:image. Read only.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { seedRows } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";

const { newPage } = setupBrowser();
const dayOf = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d);
/** The seed's last statement date: every seeded country has its position then. */
const DATE = seedRows.map((r) => dayOf(r.stated_on!)).sort().at(-1)!;
const FILTERED = `/?date=${DATE}&official=1&group=nato&stale=90`;

function svgTexts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror").length).toBe(0);
  expect(doc.documentElement?.nodeName).toBe("svg");
  return Array.from(doc.getElementsByTagName("text")).map((n) => n.textContent ?? "");
}

/** A PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks a download link in the page and returns the downloaded file's bytes and suggested name. */
async function download(page: Page, selector: string): Promise<{ bytes: Buffer; name: string }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const file = await d.path();
  return { bytes: fs.readFileSync(file), name: d.suggestedFilename() };
}

/** The legend's lines as the page shows them ("Ground troops: 3"), once every count is known. */
async function legendLines(page: Page): Promise<string[]> {
  const items = page.locator(".legend [data-legend-key] > span:last-child");
  await expect.poll(async () => (await items.allInnerTexts()).every((t) => /: \d+$/.test(t.trim())), { timeout: 30_000 }).toBe(true);
  return (await items.allInnerTexts()).map((t) => t.trim());
}

describe("picture downloads", () => {
  it("the map's SVG has the page's legend counts with filters on, its group and faded lines, title, date and permalink; the PNG is a sane PNG", { timeout: 120_000 }, async () => {
    const page = await newPage();
    await page.goto(FILTERED);
    const legend = await legendLines(page);
    const groupLine = (await page.locator("[data-legend-group]").innerText()).trim();
    const fadedLine = (await page.locator("[data-legend-faded]").innerText()).trim();

    const svg = await download(page, "[data-picture-links=map] a[data-picture-format=svg]");
    expect(svg.name).toBe(`coalition-map-${DATE}.svg`);
    const texts = svgTexts(svg.bytes.toString("utf8"));
    for (const line of legend) expect(texts).toContain(line);
    expect(texts).toContain(groupLine);
    expect(texts).toContain(fadedLine);
    const all = texts.join(" ");
    expect(all).toContain("Stated positions on a multinational force for Ukraine");
    expect(all).toMatch(new RegExp(`as of ${Number(DATE.slice(8))} \\w+ ${DATE.slice(0, 4)}`));
    expect(all).toContain("official positions only");
    expect(all).toContain("only NATO members on the date");
    expect(all).toMatch(/Source: Coalition Tracker, http:\/\/[^ ]+\/\?date=/);
    for (const p of [`date=${DATE}`, "official=1", "group=nato", "stale=90"]) expect(all).toContain(p);
    // Countries drawn: as many as the page draws with a position (outside the group: no position).
    expect(svg.bytes.toString("utf8")).toContain('data-iso3="FRA"');

    const png = await download(page, "[data-picture-links=map] a[data-picture-format=png]");
    const size = pngSize(png.bytes);
    expect(size.width).toBe(1200);
    expect(size.height).toBeGreaterThan(600);
    expect(size.height).toBeLessThan(3000);
    expect(png.bytes.length).toBeGreaterThan(20_000);
  });

  it("the links follow the view as it changes (a legend filter, the date), and the picture says so", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await page.goto(`/?date=${DATE}`);
    await legendLines(page);
    const link = page.locator("[data-picture-links=map] a[data-picture-format=svg]");
    expect(await link.getAttribute("href")).not.toContain("stances=");
    await page.locator(".legend [data-legend-key=troops]").click();
    await expect.poll(() => link.getAttribute("href")).toContain("stances=troops");
    const svg = await download(page, "[data-picture-links=map] a[data-picture-format=svg]");
    expect(svgTexts(svg.bytes.toString("utf8")).join(" ")).toContain("map shows only: Ground troops");
  });

  it("the charts' downloads: the contributions SVG has the counts of the page's table; the coalition chart's PNG is a PNG", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await page.goto(`/?date=${DATE}&commitment=willing`);
    const rows = page.locator("[data-testid=contributions-chart-table] tbody tr");
    const expected = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.querySelector("th")!.textContent!.trim()}: ${tr.querySelector("td.num")!.textContent!.trim()}`));
    expect(expected.length).toBe(8);
    const svg = await download(page, "[data-picture-links=contributions] a[data-picture-format=svg]");
    const texts = svgTexts(svg.bytes.toString("utf8"));
    for (const line of expected) expect(texts).toContain(line);
    expect(texts.join(" ")).toContain("only statements willing or firmer");

    const png = await download(page, "[data-picture-links=coalition] a[data-picture-format=png]");
    expect(pngSize(png.bytes).width).toBe(1200);
    const coalition = await (await fetch(urlFor(`/pictures/chart/coalition.svg?date=${DATE}`))).text();
    expect(svgTexts(coalition).join(" ")).toContain("Coalition over time");
    // The personnel chart's download, beside it: on the seed no quote gives a number, and the picture says so.
    const personnel = await download(page, "[data-picture-links=personnel] a[data-picture-format=svg]");
    const said = svgTexts(personnel.bytes.toString("utf8")).join(" ");
    expect(said).toContain("Stated personnel over time");
    expect(said).toContain("No statement in this view gives a number of troops");
    expect(pngSize((await download(page, "[data-picture-links=personnel] a[data-picture-format=png]")).bytes).width).toBe(1200);
  });

  it("work without JavaScript: the server-rendered links carry the URL's view", { timeout: 60_000 }, async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`/?date=${DATE}&official=1&view=table`);
    const href = await page.locator("[data-picture-links=contributions] a[data-picture-format=svg]").getAttribute("href");
    expect(href).toContain(`date=${DATE}`);
    expect(href).toContain("official=1");
    const res = await fetch(urlFor(href!));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
  });
});

describe("picture routes", () => {
  it("refuse every kind of bad parameter with a 400 naming it, never a stack trace; unknown pictures are 404", async () => {
    const bad: [string, string][] = [
      ["date=2026-13-45", "date"],
      ["known=yesterday", "known"],
      ["official=yes", "official"],
      ["commitment=maybe", "commitment"],
      ["assume=no_weather", "assume"],
      ["group=g7", "group"],
      ["group=summit:no-such-summit", "group"],
      ["stale=0", "stale"],
      ["zoom=99", "zoom"],
      ["lat=50", "lng"],
      ["country=XXX", "country"],
      ["stances=nothing", "stances"],
      ["bogus=1", "bogus"],
    ];
    for (const path of ["/pictures/map.svg", "/pictures/map.png", "/pictures/chart/coalition.png", "/pictures/chart/contributions.svg"]) {
      for (const [query, name] of bad) {
        const res = await fetch(urlFor(`${path}?${query}`));
        expect(res.status, `${path}?${query}`).toBe(400);
        const body = (await res.json()) as { error: string };
        expect(body.error, `${path}?${query}`).toContain(name);
        expect(body.error).not.toMatch(/\bat \w+ \(|node_modules|Error:/);
      }
    }
    for (const path of ["/pictures/map.gif", "/pictures/coalition.svg", "/pictures/chart/map.svg", "/pictures/chart/personnel.jpg"]) {
      expect((await fetch(urlFor(path))).status, path).toBe(404);
    }
  });

  it("answer as every public view: a shared-cache header and an ETag for readers, private for an editor's request", async () => {
    const res = await fetch(urlFor(`/pictures/map.svg?date=${DATE}`));
    expect(res.headers.get("cache-control")).toContain("s-maxage=");
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await fetch(urlFor(`/pictures/map.svg?date=${DATE}`), { headers: { "if-none-match": etag! } })).status).toBe(304);
    for (const h of [{ cookie: "x=1" }, { authorization: "Bearer x" }] as Record<string, string>[]) {
      expect((await fetch(urlFor(`/pictures/map.png?date=${DATE}`), { headers: h })).headers.get("cache-control")).toBe("private, no-store");
    }
  });
});

describe("link previews", () => {
  const png = async (path: string) => {
    const res = await fetch(urlFor(path));
    expect(res.status, path).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    return bytes;
  };

  it("/og follows country=, group=, stale= and the compare view: each differs from the plain preview", { timeout: 60_000 }, async () => {
    const plain = await png(`/og?date=${DATE}`);
    const first = seedRows.map((r) => dayOf(r.stated_on!)).sort()[0]!;
    for (const q of ["country=FRA", "group=nato", "stale=30", `view=compare&from=${first}&to=${DATE}`]) {
      const other = await png(`/og?date=${DATE}&${q}`);
      expect(other.equals(plain), q).toBe(false);
    }
    // Different countries, different previews.
    expect((await png(`/og?date=${DATE}&country=FRA`)).equals(await png(`/og?date=${DATE}&country=DEU`))).toBe(false);
  });

  it("the dashboard, a country page, a statement page and the compare page carry their own og:image, and it answers", { timeout: 60_000 }, async () => {
    const { statements } = (await (await fetch(urlFor("/api/v1/statements?country=FRA"))).json()) as { statements: { id: number }[] };
    const id = statements[0]!.id;
    const page = await newPage({ javaScriptEnabled: false });
    const cases: [string, string][] = [
      [`/?date=${DATE}&group=nato&stale=90&country=FRA`, "/og?"],
      ["/countries/FRA", "/og?country=FRA"],
      [`/statements/${id}`, `/og?statement=${id}`],
      [`/compare?date=2025-09-01&compare=${DATE}`, "/og?view=compare"],
    ];
    for (const [path, expected] of cases) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(image, path).toContain(expected);
      expect(image, path).toMatch(/^https?:\/\//);
      await png(new URL(image!).pathname + new URL(image!).search);
    }
    const home = await page.goto(`/?date=${DATE}&group=nato&stale=90&country=FRA`).then(() => page.locator('meta[property="og:image"]').first().getAttribute("content"));
    for (const p of ["group=nato", "stale=90", "country=FRA"]) expect(home).toContain(p);
  });
});
