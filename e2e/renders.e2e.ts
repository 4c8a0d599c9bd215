/**
 * Renders that follow the view, not the data (issue #16): the dashboard's flight data carries no
 * statement content, the map view's HTML no country's row (without JavaScript it shows the legend's
 * counts and links the same view as the table, which its first HTML carries whole), and a country
 * page shows its statements a page at a time with links that work without JavaScript.
 */
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import type { IsoDate } from "@/lib/types";
import { setupBrowser } from "./support/browser";
import { importCsvWithCli } from "./support/cli-import";
import { e2eContext, urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { decidingRows, seedKnown } from "./support/seed-expect";
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

  // The map view sends no country's row: without JavaScript its table is the table view's. The
  // contributions chart's table is in the HTML, drawn from the chart's rows: its element tree (a
  // link per offering country) is not in the flight data.
  for (const view of views) {
    it(`carries no country's row in the HTML of ${view}, the contributions table in its HTML and neither element tree in its flight data`, async () => {
      const res = await fetch(urlFor(view), { signal: AbortSignal.timeout(20_000) });
      const html = await res.text();
      const flight = flightOf(html);
      expect(html).not.toMatch(/<tr[^>]* data-iso3=/);
      expect(html).toContain('data-testid="noscript-summary"');
      expect(html).toMatch(/<tr data-contribution="[a-z_]+"/);
      const offering = [...html.matchAll(/<tr data-contribution="[a-z_]+"[\s\S]*?<\/tr>/g)].flatMap((m) => [...m[0].matchAll(/href="\/countries\/([A-Z]{3})"/g)].map((l) => l[1]!));
      expect(offering.length).toBeGreaterThan(0);
      // No element of either, however the flight data spells it (an element, a prop, a key).
      for (const attr of ["data-iso3", "data-stance", "data-contribution", "/statements/", "chart-table", "noscript-summary"]) {
        expect(flight.includes(attr), `${attr} in the flight data of ${view}`).toBe(false);
      }
      for (const iso3 of offering) expect(carries(flight, `/countries/${iso3}`), iso3).toBe(false);
    });
  }
});

type ApiRow = { iso3: string; stance: string; statementId: number; quote: string | null };
type ApiStances = { countries: ApiRow[]; members: string[] | null };

/** The read API's rows for a dashboard address (its view's date, known, claim filters, group, stale): what the table view must show. */
async function apiRowsFor(view: string): Promise<ApiStances> {
  const q = new URL(view, "http://x").searchParams;
  for (const k of ["view", "stances", "sort", "q", "country", "zoom", "lat", "lng"]) q.delete(k);
  const res = await fetch(urlFor(`/api/v1/stances?${q}`), { signal: AbortSignal.timeout(20_000) });
  expect(res.status, view).toBe(200);
  return (await res.json()) as ApiStances;
}

function countryCount(): number {
  const db = new Database(e2eContext().databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select count(*) from countries").pluck().get() as number;
  } finally {
    db.close();
  }
}

/** The rows of the table view a page shows, each with whether the browser draws it. */
const tableRows = (page: Page) =>
  page.locator("table.master-table tbody tr[data-iso3]").evaluateAll((trs) => trs.map((tr) => ({ iso3: tr.getAttribute("data-iso3")!, stance: tr.getAttribute("data-stance")!, visible: (tr as HTMLElement).checkVisibility() })));

describe("without JavaScript, the map view leads to the same view as a table, which the first HTML carries whole", () => {
  let known = "";
  beforeAll(() => {
    known = seedKnown();
  });
  const withKnown = (view: string) => `${view}&known=${encodeURIComponent(known)}`;

  // Other dates, claim filters, a group, a stale threshold, an order: each must reach the table.
  const mapViews = [`/?date=${DATE}`, "/?date=2025-09-05&official=1", `/?date=${DATE}&group=eu&stale=30`, `/?date=${DATE}&commitment=willing&sort=-age`, `/?date=${DATE}&stances=troops,refusal,none`];
  for (const mapView of mapViews) {
    it(`shows the legend's counts on ${mapView}, each category and the whole view linked as the table of that view`, { timeout: 60_000 }, async () => {
      const view = withKnown(mapView);
      const page = await newPage({ javaScriptEnabled: false });
      expect((await page.goto(view))?.status()).toBe(200);
      expect(await page.locator(".map-placeholder").isVisible()).toBe(false);
      const summary = page.getByTestId("noscript-summary");
      expect(await summary.isVisible()).toBe(true);
      const { countries: rows, members } = await apiRowsFor(view);
      const { categories } = (await (await fetch(urlFor("/api/v1/categories"))).json()) as { categories: { key: string }[] };
      const expected: Record<string, number> = Object.fromEntries(categories.map((c) => [c.key, rows.filter((r) => r.stance === c.key).length]));
      expected.none = (members?.length ?? countryCount()) - rows.length;
      const entries = await summary.locator("li[data-stance]").evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-stance")!, li.textContent!, li.querySelector("a")!.getAttribute("href")!] as const));
      expect(Object.fromEntries(entries.map(([key, text]) => [key, Number(/: (\d+) countr/.exec(text)?.[1])]))).toEqual(expected);
      // The links keep every part of the view and ask for the table; a category's link has the
      // category as the legend's filter, the whole view's link the view's own filter.
      const original = new URL(view, "http://x").searchParams;
      const linkOf = (href: string, stances: string | null) => {
        const to = new URL(href, "http://x").searchParams;
        expect(to.get("view"), href).toBe("table");
        expect(to.get("stances"), href).toBe(stances);
        for (const [k, v] of original) if (k !== "stances") expect(to.get(k), `${k} in ${href}`).toBe(v);
      };
      const filter = original.get("stances")?.split(",") ?? null;
      linkOf((await page.getByTestId("noscript-table-link").getAttribute("href"))!, filter?.join(",") ?? null);
      for (const [key, , href] of entries) linkOf(href, key);
      // Each category's link, followed, is the table of exactly that category's countries, drawn.
      for (const [key, , href] of entries.filter(([k]) => expected[k]! > 0)) {
        await page.goto(href);
        const shown = await tableRows(page);
        if (key === "none") {
          expect(shown).toEqual([]);
          expect(await page.locator("details.no-position summary").innerText()).toMatch(new RegExp(`\\(${expected.none} countr`));
        } else {
          expect(shown.every((r) => r.visible && r.stance === key), key).toBe(true);
          expect(shown.map((r) => r.iso3).sort(), key).toEqual(rows.filter((r) => r.stance === key).map((r) => r.iso3).sort());
        }
      }
      // And the whole view's link, clicked as a reader would.
      await page.goto(view);
      await page.getByTestId("noscript-table-link").click();
      await page.waitForURL((u) => u.searchParams.get("view") === "table");
      expect((await tableRows(page)).map((r) => r.iso3).sort()).toEqual(rows.filter((r) => !filter || filter.includes(r.stance)).map((r) => r.iso3).sort());
    });
  }

  // The table view in its first HTML, drawn: no part of it waits for a script (a streamed boundary
  // stays hidden without one) or for the API.
  const tableViews = [`/?view=table&date=${DATE}`, `/?view=table&date=${DATE}&group=nato`, "/?view=table&date=2025-09-05&official=1", `/?view=table&date=${DATE}&commitment=pledged&sort=-date`, `/?view=table&date=${DATE}&stances=troops,refusal&stale=30`];
  for (const tableView of tableViews) {
    it(`draws every row of ${tableView} with its quote and statement link`, async () => {
      const view = withKnown(tableView);
      const page = await newPage({ javaScriptEnabled: false });
      expect((await page.goto(view))?.status()).toBe(200);
      const stances = new URL(view, "http://x").searchParams.get("stances")?.split(",") ?? null;
      const expected = (await apiRowsFor(view)).countries.filter((r) => !stances || stances.includes(r.stance));
      expect(expected.length).toBeGreaterThan(0);
      const shown = await tableRows(page);
      expect(shown.map((r) => r.iso3).sort()).toEqual(expected.map((r) => r.iso3).sort());
      expect(shown.filter((r) => !r.visible)).toEqual([]);
      for (const r of expected) {
        const row = page.locator(`table.master-table tr[data-iso3="${r.iso3}"]`);
        // innerText is what the browser draws: the quote is on screen, not only in the markup.
        if (r.quote) expect(await row.innerText(), r.iso3).toContain(r.quote.slice(0, 30));
        expect(await row.locator(`a[href="/statements/${r.statementId}"]`).count(), r.iso3).toBe(1);
      }
    });
  }
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
