/**
 * The master table (`/?view=table`): one row per country with a stated position, sorted by any
 * column from its heading (`sort=`) and filtered by text (`q=`), in the browser without a request
 * and, without JavaScript, by the server through the same links and GET form; and a CSV download
 * of exactly the rows and columns shown. Expectations come from the public API's rows of the seed
 * run through the table's own model (lib/timeline/master-table.ts), never from fixed counts.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { MASTER_COLUMNS, masterRows, type MasterContext, type MasterSort } from "@/lib/timeline/master-table";
import { masterCsv } from "@/lib/timeline/master-csv";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { seedRows } from "./support/seed-expect";

const { newPage } = setupBrowser();

/** The seed's last day: every seed statement is in force or superseded by then. */
const DATE = seedRows.map((r) => r.stated_on!).sort().at(-1)!;
let rows: StanceRow[];
let ctx: MasterContext;

beforeAll(async () => {
  const stances = (await (await fetch(urlFor(`/api/v1/stances?date=${DATE}`))).json()) as { countries: StanceRow[] };
  const { categories } = (await (await fetch(urlFor("/api/v1/categories"))).json()) as { categories: StanceCategory[] };
  rows = stances.countries;
  ctx = { date: DATE, stances: categories };
  expect(rows.length).toBeGreaterThan(5);
});

const expected = (sort: MasterSort | null, q: string | null) => masterRows(rows, ctx, { sort, q }).map((r) => r.iso3);
const shownIso3 = (page: Page) => page.locator("table.master-table tbody tr[data-iso3]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-iso3")));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** A word of the seed that some rows' cells hold and others do not. */
function discriminatingWord(): string {
  for (const word of ["ceasefire", "pledged", "minister", "naval", "willing"]) {
    const n = expected(null, word).length;
    if (n > 0 && n < rows.length) return word;
  }
  throw new Error("no word of the seed picks out some rows but not all");
}

describe("the master table", () => {
  it("has one row per country with a stated position, by category then name, with every column's heading", async () => {
    const page = await newPage();
    await page.goto(`/?view=table&date=${DATE}`);
    await page.locator("table.master-table tbody tr").first().waitFor();
    expect(await shownIso3(page)).toEqual(expected(null, null));
    const headings = await page.locator("table.master-table thead th[data-column]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")));
    expect(headings).toEqual(MASTER_COLUMNS.map((c) => c.key));
    // The age column: days from the deciding statement to the view date.
    const first = masterRows(rows, ctx, { sort: null, q: null })[0]!;
    expect(await page.locator(`tr[data-iso3="${first.iso3}"] td[data-column="age"]`).innerText()).toBe(MASTER_COLUMNS.find((c) => c.key === "age")!.text(first, ctx));
  });

  it("sorts by any column from its heading, both ways, in place; the URL's sort= renders the same order without JavaScript", { timeout: 120_000 }, async () => {
    const page = await newPage();
    await page.goto(`/?view=table&date=${DATE}`);
    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    const bare = await (await newPage()).context().browser()!.newContext({ javaScriptEnabled: false, baseURL: e2eContext().baseURL });
    try {
      const noJs = await bare.newPage();
      for (const key of ["age", "country", "size", "ground", "commitment", "speaker"]) {
        const heading = page.locator(`table.master-table thead th[data-column="${key}"]`);
        for (const desc of [false, true]) {
          await heading.locator("a").click();
          await expect.poll(() => param(page, "sort")).toBe(desc ? `-${key}` : key);
          expect(await heading.getAttribute("aria-sort")).toBe(desc ? "descending" : "ascending");
          expect(await shownIso3(page), `${key} ${desc}`).toEqual(expected({ key, desc }, null));
          // Without JavaScript, the same address (the heading's own link) gives the same rows.
          await noJs.goto(page.url());
          expect(await shownIso3(noJs)).toEqual(expected({ key, desc }, null));
        }
      }
      // A reversed sort really is another order (the test would pass on a table that ignores sort= otherwise).
      expect(expected({ key: "age", desc: true }, null)).not.toEqual(expected({ key: "age", desc: false }, null));
      // Sorted in place: the page was never reloaded.
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
      // Without JavaScript, the heading is a link to the server's sorted render.
      await noJs.goto(`/?view=table&date=${DATE}`);
      await noJs.locator('th[data-column="age"] a').click();
      expect(new URL(noJs.url()).searchParams.get("sort")).toBe("age");
      expect(await shownIso3(noJs)).toEqual(expected({ key: "age", desc: false }, null));
    } finally {
      await bare.close();
    }
  });

  it("filters by text as it is typed, q= in the URL; without JavaScript the filter's form gives the same rows", { timeout: 60_000 }, async () => {
    const word = discriminatingWord();
    const page = await newPage();
    await page.goto(`/?view=table&date=${DATE}&sort=-age`);
    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
    await page.getByRole("searchbox", { name: /Filter/ }).fill(word.toUpperCase());
    await expect.poll(() => shownIso3(page)).toEqual(expected({ key: "age", desc: true }, word));
    await expect.poll(() => param(page, "q")).toBe(word.toUpperCase());
    expect(param(page, "sort")).toBe("-age");
    await page.getByRole("searchbox", { name: /Filter/ }).fill("no country says zzqx");
    await expect.poll(() => shownIso3(page)).toEqual([]);
    await page.locator(".stance-table .empty").waitFor();

    const bare = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: e2eContext().baseURL });
    try {
      const noJs = await bare.newPage();
      await noJs.goto(`/?view=table&date=${DATE}&sort=-age`);
      await noJs.getByRole("searchbox", { name: /Filter/ }).fill(word);
      await noJs.getByRole("searchbox", { name: /Filter/ }).press("Enter");
      await noJs.waitForURL((u) => u.searchParams.get("q") === word);
      // The form carried the rest of the view: the date and the order.
      expect(new URL(noJs.url()).searchParams.get("date")).toBe(DATE);
      expect(new URL(noJs.url()).searchParams.get("sort")).toBe("-age");
      expect(await shownIso3(noJs)).toEqual(expected({ key: "age", desc: true }, word));
    } finally {
      await bare.close();
    }
  });

  it("downloads as CSV exactly the rows and columns shown, in their order, after sort and filter", { timeout: 60_000 }, async () => {
    const word = discriminatingWord();
    const page = await newPage();
    await page.goto(`/?view=table&date=${DATE}`);
    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
    await page.locator('th[data-column="date"] a').click();
    await page.locator('th[data-column="date"] a').click();
    await page.getByRole("searchbox", { name: /Filter/ }).fill(word);
    const sort = { key: "date", desc: true };
    await expect.poll(() => shownIso3(page)).toEqual(expected(sort, word));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("table-csv-download").click()]);
    expect(download.suggestedFilename()).toBe(`coalition-table-${DATE}.csv`);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv).toBe(masterCsv(masterRows(rows, ctx, { sort, q: word }), ctx));
    // And it is what the page shows: the headings, then each row's country in the table's order.
    const lines = csv.trim().split("\n");
    const headings = await page.locator("table.master-table thead th[data-column]").allInnerTexts();
    expect(lines[0]).toBe(headings.map((h) => h.replace(/[▲▼↕]/g, "").trim()).join(","));
    const names = await page.locator("table.master-table tbody td.country").allInnerTexts();
    expect(lines.length - 1).toBe(names.length);
    lines.slice(1).forEach((line, i) => expect(line.startsWith(names[i]!.includes(",") ? `"${names[i]}"` : `${names[i]},`)).toBe(true));

    // Without JavaScript the link is the same file, for the URL's sort and filter.
    const bare = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: e2eContext().baseURL });
    try {
      const noJs = await bare.newPage();
      await noJs.goto(`/?view=table&date=${DATE}&sort=-date&q=${word}`);
      const [plain] = await Promise.all([noJs.waitForEvent("download"), noJs.getByTestId("table-csv-download").click()]);
      expect(fs.readFileSync((await plain.path())!, "utf8")).toBe(csv);
    } finally {
      await bare.close();
    }
  });
});
