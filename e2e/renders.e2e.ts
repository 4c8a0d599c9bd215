/**
 * Renders that follow the view, not the data (issue #16): the dashboard's flight data carries no
 * statement content (the no-JS table is brief, the full one is the table view), and a country page
 * shows its statements a page at a time with links that work without JavaScript.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import type { IsoDate } from "@/lib/types";
import { setupBrowser } from "./support/browser";
import { importCsvWithCli } from "./support/cli-import";
import { urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { decidingRows } from "./support/seed-expect";
import { COUNTRY_STATEMENTS_PER_PAGE } from "@/lib/url/page-param";

const { newPage } = setupBrowser();
// The country-page probes are put back afterwards (Albania has no statement in the seed).
restoresSharedDatabase();

const DATE = "2026-01-07";

/** The React flight data a page inlines (`self.__next_f.push([1, "..."])`), decoded and joined. */
function flightOf(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown[]);
  expect(chunks.length).toBeGreaterThan(0);
  return chunks.map((c) => (typeof c[1] === "string" ? c[1] : "")).join("");
}

/** True if `text` is in `flight` as it is or as a JSON string would carry it. */
const carries = (flight: string, text: string) => flight.includes(text) || flight.includes(JSON.stringify(text).slice(1, -1));

describe("the dashboard's HTML carries the view, not the statements", () => {
  // Other dates, a claim filter, a group: every map view's no-JS table.
  const views = [`/?date=${DATE}`, "/?date=2025-09-05", `/?date=${DATE}&official=1`, `/?date=${DATE}&group=eu`, `/?date=${DATE}&commitment=willing`];
  for (const view of views) {
    it(`sends no deciding statement's quote, speaker, note, condition or source title in the flight data of ${view}`, async () => {
      const res = await fetch(urlFor(view), { signal: AbortSignal.timeout(20_000) });
      expect(res.status).toBe(200);
      const flight = flightOf(await res.text());
      const date = new URL(view, "http://x").searchParams.get("date")!;
      const texts = [...decidingRows(date).values()].flatMap((r) => [r.quote, r.quote_translation, r.speaker, r.note, r.conditions, r.source_title]).filter((t): t is string => !!t && t.length >= 12);
      // Long enough to be the statements' own words (and enough of them that the test can fail).
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((t) => carries(flight, t))).toEqual([]);
    });
  }

  // The no-JS table and the contributions chart's table are in the HTML, drawn from compact data:
  // their element trees (a row per country, a link per offering country) are not in the flight data.
  for (const view of views) {
    it(`carries the tables of ${view} in its HTML and not their element trees in its flight data`, async () => {
      const res = await fetch(urlFor(view), { signal: AbortSignal.timeout(20_000) });
      const html = await res.text();
      const flight = flightOf(html);
      const noscript = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!).join("");
      const tableRows = [...noscript.matchAll(/<tr data-iso3="([A-Z]{3})"/g)].map((m) => m[1]!);
      expect(tableRows.length).toBeGreaterThan(5);
      expect(html).toMatch(/<tr data-contribution="[a-z_]+"/);
      // No element of either table, however the flight data spells it (an element, a prop, a key).
      for (const attr of ["data-iso3", "data-stance", "data-contribution", "stance-group", "/statements/", "chart-table"]) {
        expect(flight.includes(attr), `${attr} in the flight data of ${view}`).toBe(false);
      }
      // Each row's country link is in the HTML, its statement's number too, and neither in the flight data as a link.
      for (const iso3 of tableRows) expect(carries(flight, `/countries/${iso3}`), iso3).toBe(false);
    });
  }

  it("without JavaScript, the map view's brief table has every country with a position, by category", async () => {
    const res = await fetch(urlFor(`/?date=${DATE}`), { signal: AbortSignal.timeout(20_000) });
    const noscript = [...(await res.text()).matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!).join("");
    const shown = new Map<string, string>();
    for (const section of noscript.matchAll(/<section[^>]*data-stance="([a-z_]+)"[\s\S]*?<\/section>/g)) {
      for (const row of section[0].matchAll(/<tr data-iso3="([A-Z]{3})">[\s\S]*?href="\/statements\/(\d+)"/g)) shown.set(row[1]!, section[1]!);
    }
    const deciding = decidingRows(DATE);
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries([...deciding].map(([iso3, r]) => [iso3, r.stance!])));
  });

  it("without JavaScript, the map view's brief table links each statement and the full table of the same view", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`/?date=${DATE}&official=1`);
    const deciding = [...decidingRows(DATE).values()];
    const cze = page.locator('section[data-stance] tr[data-iso3="CZE"]');
    expect(await cze.count()).toBe(1);
    const statementLink = cze.locator('a[href^="/statements/"]');
    const href = (await statementLink.getAttribute("href"))!;
    await page.getByRole("link", { name: /full table, with quotes and sources/ }).click();
    const url = new URL(page.url());
    expect(url.searchParams.get("view")).toBe("table");
    expect(url.searchParams.get("date")).toBe(DATE);
    expect(url.searchParams.get("official")).toBe("1");
    // The full table shows the quotes the brief one leaves out.
    const quoted = deciding.find((r) => r.country === "CZE" && r.quote)!;
    expect(await page.locator('tr[data-iso3="CZE"]').innerText()).toContain(quoted.quote!.slice(0, 30));
    // And the statement's own page has it too.
    await page.goto(href);
    expect(await page.locator("body").innerText()).toContain(quoted.quote!.slice(0, 30));
  });
});

describe("a country page shows a long history a page at a time", () => {
  const N = 2 * COUNTRY_STATEMENTS_PER_PAGE + 5;
  const day = (i: number): IsoDate => addDays("2024-01-01", i);
  const probe = (i: number) => `Albania page probe ${String(i).padStart(3, "0")}`;

  it("imports the probes", () => {
    const lines = Array.from({ length: N }, (_, i) => `ALB,${day(i)},${i === N - 1 ? "troops" : "undecided"},${probe(i)},E2E country page probe`);
    importCsvWithCli(`country,stated_on,stance,quote,source_title\n${lines.join("\n")}\n`);
  });

  /** The probes' numbers a page lists, in its order. */
  const listed = async (page: import("playwright-core").Page) =>
    (await page.locator(".statement-list > li q").allInnerTexts()).map((q) => Number(/probe (\d+)/.exec(q)?.[1]));

  for (const javaScriptEnabled of [false, true]) {
    it(`pages through every statement, newest first, with links (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await page.goto("/countries/ALB");
      expect(await page.locator("#statements").innerText()).toContain(`Statements (${N}`);
      const seen: number[] = [];
      for (let p = 1; ; p++) {
        const numbers = await listed(page);
        expect(numbers.length, `page ${p}`).toBe(Math.min(COUNTRY_STATEMENTS_PER_PAGE, N - seen.length));
        expect(await page.locator(".statement-list").getAttribute("start")).toBe(String(seen.length + 1));
        seen.push(...numbers);
        // Today's position is on every page, whichever page holds its statement.
        expect(await page.locator('[aria-labelledby="current-stance"] q').innerText()).toContain(probe(N - 1));
        expect(await page.locator('[data-testid="statement-pages"] [aria-current="page"]').innerText()).toBe(String(p));
        const older = page.getByRole("link", { name: "Older statements" });
        if ((await older.count()) === 0) break;
        await older.click();
        await page.waitForURL((u) => u.searchParams.get("page") === String(p + 1));
      }
      expect(seen).toEqual(Array.from({ length: N }, (_, i) => N - 1 - i));
      // Back to the first page by its number: the page's own address.
      await page.getByRole("link", { name: "Page 1", exact: true }).click();
      await page.waitForURL((u) => u.pathname === "/countries/ALB" && !u.searchParams.has("page"));
      expect((await listed(page))[0]).toBe(N - 1);
    });
  }

  it("ignores a page that does not exist or is not a number, says so, and shows the first page", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const raw of ["0", "4", "-1", "1.5", "x", "99999999999"]) {
      const res = await page.goto(`/countries/ALB?page=${encodeURIComponent(raw)}`);
      expect(res?.status(), raw).toBe(200);
      expect(await page.locator(".notice").innerText(), raw).toContain(`page="${raw}"`);
      expect((await listed(page))[0], raw).toBe(N - 1);
    }
    await page.goto("/countries/ALB?page=2&page=3");
    expect(await page.locator(".notice").innerText()).toContain("2 times");
  });
});

describe("a country page's band follows the page shown, not the length of the history", () => {
  // Uruguay: no statement in the seed and none in another spec. Its stance alternates with every
  // statement, so each one begins a new stretch of the band: 61 statements on 4 pages.
  const N = 3 * COUNTRY_STATEMENTS_PER_PAGE + 1;
  const day = (i: number): IsoDate => addDays("2023-01-02", 7 * i);
  const stance = (i: number) => (i % 2 === 0 ? "undecided" : "training_only");
  let ids: number[] = [];

  it("imports the alternating statements", async () => {
    const lines = Array.from({ length: N }, (_, i) => `URY,${day(i)},${stance(i)},Uruguay band probe ${String(i).padStart(3, "0")},E2E band probe`);
    importCsvWithCli(`country,stated_on,stance,quote,source_title\n${lines.join("\n")}\n`);
    const res = await fetch(urlFor("/api/v1/statements?country=URY"), { signal: AbortSignal.timeout(20_000) });
    const { statements } = (await res.json()) as { statements: { id: number; statedOn: string }[] };
    expect(statements).toHaveLength(N);
    // Oldest first: ids[i] is the statement of day(i).
    ids = statements.sort((a, b) => (a.statedOn < b.statedOn ? -1 : 1)).map((s) => s.id);
  });

  /** The statement ids the band's text list links, in its order. */
  const bandLinks = async (page: import("playwright-core").Page) =>
    (await page.locator('[data-testid="stance-band"] .stance-band-list a[href^="/statements/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")))).map((h) => Number(h!.split("/").pop()));

  it("draws the band as one element and lists only the stretches of the page's period, each page its own", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const seen = new Set<number>();
    for (let p = 1; p <= 4; p++) {
      const res = await page.goto(p === 1 ? "/countries/URY" : `/countries/URY?page=${p}`);
      expect(res?.status()).toBe(200);
      const band = page.getByTestId("stance-band");
      // Every stretch is in the one bar (a gradient), not an element each.
      expect(await band.locator(".stance-band > *").count(), `page ${p}`).toBeLessThanOrEqual(1);
      const onPage = (await page.locator(".statement-list > li").evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-statement-id")))));
      const linked = await bandLinks(page);
      // The stretches begun by the page's statements, and by the one just newer (the periods of
      // consecutive pages meet on its day): about a page's worth, however long the history.
      const indexes = onPage.map((id) => ids.indexOf(id));
      expect(linked, `page ${p}`).toEqual(ids.slice(Math.min(...indexes), Math.max(...indexes) + 2));
      // It says how many there are in all (one more when the band starts before the first of them).
      expect(Number(await band.getAttribute("data-stretches"))).toBeGreaterThanOrEqual(N);
      linked.forEach((id) => seen.add(id));
      // Not even in the flight data: the page's answer names no statement of another page's period.
      const html = await (await fetch(urlFor(p === 1 ? "/countries/URY" : `/countries/URY?page=${p}`), { signal: AbortSignal.timeout(20_000) })).text();
      // (The position today, on every page, cites the newest statement.)
      const elsewhere = ids.slice(0, -1).filter((id) => !onPage.includes(id) && !linked.includes(id));
      expect(elsewhere.filter((id) => html.includes(`/statements/${id}"`) || html.includes(`/statements/${id}\\"`))).toEqual([]);
    }
    // Together the pages list every stretch that began with a statement.
    expect([...seen].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });
});
