/**
 * The dashboard's map: colours per date, the slider recolouring without a server round trip,
 * links that reproduce the view in a fresh browser, keyboard use, bad parameters, and a look at
 * the rendered map. Dates come from the seed (db/seed/statements.csv): France pledged troops at
 * the Paris meeting of 4 Sep 2025; Italy's refusal is dated 6 Jan 2026.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatLongDate } from "@/lib/format/format";
import { decidingRows, seedChangeDates, seedCounts, seedRows } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";
import { e2eContext } from "./support/context";

const { newPage } = setupBrowser();

const shape = (page: Page, iso3: string) => page.locator(`path[data-iso3="${iso3}"]`);

/** Waits until the map's shapes are drawn and painted (data-stance is set on the first repaint). */
async function mapReady(page: Page): Promise<void> {
  await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached" });
}

/** Every country shape's shown stance (and whether the legend filter dims it), keyed by ISO3. */
function mapState(page: Page): Promise<Record<string, string>> {
  return page.$$eval("path[data-iso3]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.getAttribute("data-iso3"), `${e.getAttribute("data-stance")}${e.hasAttribute("data-dimmed") ? ":dimmed" : ""}`]),
    ),
  );
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe("map", () => {
  it("colours France as troops on 2025-09-05, and Czechia as refusal after the slider moves to 2026-01-07, with no new page load", async () => {
    const page = await newPage();
    await page.goto("/?date=2025-09-05");
    await mapReady(page);
    expect(await shape(page, "FRA").getAttribute("data-stance")).toBe("troops");
    expect(await shape(page, "CZE").getAttribute("data-stance")).toBe("undecided");

    const after: Request[] = [];
    page.on("request", (r) => after.push(r));
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    // Change by change up to 6 Jan 2026 (the days the seed's stances change), then one day on.
    const steps = seedChangeDates().filter((d) => d > "2025-09-05" && d <= "2026-01-06");
    expect(steps.at(-1)).toBe("2026-01-06");
    for (const day of steps) {
      await slider.press("PageDown");
      await expect.poll(() => param(page, "date")).toBe(day);
    }
    await slider.press("ArrowRight");
    await expect.poll(() => shape(page, "CZE").getAttribute("data-stance")).toBe("refusal");
    expect(await page.locator("h1").innerText()).toContain("7 January 2026");
    await expect.poll(() => param(page, "date")).toBe("2026-01-07");
    expect(await shape(page, "FRA").getAttribute("data-stance")).toBe("troops");

    expect(after.filter((r) => r.resourceType() === "document")).toEqual([]);
    // Nor any request for the new date's data (an RSC or API round trip would name it).
    expect(after.map((r) => r.url()).filter((u) => u.includes("2026-01-07"))).toEqual([]);
  });

  it("says when the charts lag behind the slider, and brings them to its date on request", async () => {
    const page = await newPage();
    await page.goto("/?date=2025-09-05");
    await mapReady(page);
    const contributions = page.getByTestId("contributions-chart");
    expect(await contributions.getAttribute("data-date")).toBe("2025-09-05");
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("PageDown");
    const next = seedChangeDates().find((d) => d > "2025-09-05")!;
    const update = page.getByRole("button", { name: `Show them for ${formatLongDate(next)}` });
    await update.waitFor();
    expect(await page.locator(".charts-stale").innerText()).toContain("5 September 2025");
    await expect.poll(() => param(page, "date")).toBe(next);
    await update.click();
    await expect.poll(() => contributions.getAttribute("data-date"), { timeout: 15_000 }).toBe(next);
    expect(await page.locator(".charts-stale").count()).toBe(0);
  });

  it("shows a country's name, stance, date and source on hover, and its panel with history on click", async () => {
    const page = await newPage();
    await page.goto("/?date=2026-01-07");
    await mapReady(page);
    await shape(page, "FRA").hover();
    const tooltip = page.locator(".country-tooltip");
    await tooltip.waitFor();
    // The statement in force (6 Jan 2026), and separately since when the category is unchanged (26 Mar 2025, the dataset).
    expect(await tooltip.innerText()).toMatch(/France[\s\S]*Ground troops[\s\S]*Statement of 6 Jan 2026[\s\S]*Source[\s\S]*Unchanged since 26 Mar 2025/);

    await shape(page, "FRA").click();
    const panel = page.locator("aside.country-panel");
    await panel.getByRole("heading", { name: "France" }).waitFor();
    await expect.poll(() => param(page, "country")).toBe("FRA");
    await panel.locator("ol.history > li").first().waitFor();
    expect(await panel.locator("ol.history > li").count()).toBe(seedRows.filter((r) => r.country === "FRA").length);
    expect(await panel.locator(".history-current").innerText()).toMatch(/In force on 7 Jan 2026/);
    expect(await panel.locator('a[href^="/statements/"]').count()).toBeGreaterThan(0);
  });

  it("opens, server-rendered, the panel of every country whose deciding statement cites several sources, without a hydration error", async () => {
    // Several sources are a list (components/ui/citations.tsx): inside a <p> the parser would cut it
    // out, the DOM would differ from React's, and hydration would fail (React error #418).
    const date = "2026-01-08";
    const several = [...decidingRows(date)].filter(([, r]) => r.more_sources && r.more_sources !== "[]").map(([iso3]) => iso3);
    expect(several.length).toBeGreaterThan(0);
    for (const iso3 of several) {
      const page = await newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`/?date=${date}&country=${iso3}`, { waitUntil: "load" });
      const panel = page.locator("aside.country-panel");
      await panel.locator('[data-testid="citations"][data-count]').first().waitFor();
      expect(Number(await panel.locator('[data-testid="citations"]').first().getAttribute("data-count")), iso3).toBeGreaterThan(1);
      // Hydrated: React has attached its listeners (a failed hydration reports before this point).
      await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")));
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      expect(errors, iso3).toEqual([]);
      await page.close();
    }
  });

  it("copies a link that reproduces date, filter, panel and colours in a fresh browser context", async () => {
    const page = await newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?date=2025-09-05");
    await mapReady(page);
    await page.locator('form[aria-label="Choose a date"] input[name="date"]').fill("2026-01-07");
    await expect.poll(() => shape(page, "CZE").getAttribute("data-stance")).toBe("refusal");
    await page.locator('[data-legend-key="troops"]').click();
    await page.locator('[data-legend-key="refusal"]').click();
    await shape(page, "CZE").click();
    await page.locator("aside.country-panel").getByRole("heading", { name: /Czech/ }).waitFor();
    await page.locator(".leaflet-control-zoom-in").click();
    await expect.poll(() => param(page, "zoom")).toBe("5");

    await page.getByRole("button", { name: "Copy link" }).click();
    await page.locator(".share-url").waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.locator(".share-url").inputValue());
    const url = new URL(link);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ date: "2026-01-07", country: "CZE", stances: "troops,refusal", zoom: "5" });

    const expected = await mapState(page);
    expect(expected.FRA).toBe("troops");
    expect(expected.POL).toBe("support_only:dimmed");

    const fresh = await newPage();
    const res = await fresh.goto(link);
    expect(res?.status()).toBe(200);
    await mapReady(fresh);
    await fresh.locator("aside.country-panel").getByRole("heading", { name: /Czech/ }).waitFor();
    await expect.poll(() => mapState(fresh)).toEqual(expected);
    expect(await fresh.locator("h1").innerText()).toBe(await page.locator("h1").innerText());
    const pressed = (p: Page) => p.$$eval("[data-legend-key]", (els) => els.map((e) => `${e.getAttribute("data-legend-key")}=${e.getAttribute("aria-pressed")}`));
    expect(await pressed(fresh)).toEqual(await pressed(page));
    expect(await fresh.evaluate(() => document.querySelector(".leaflet-control-zoom-in") !== null)).toBe(true);
    expect(param(fresh, "zoom")).toBe("5");
  });

  it("freezes a copied link at the current instant with known=", async () => {
    const page = await newPage();
    await page.goto("/?date=2026-01-07");
    await mapReady(page);
    await page.getByLabel("Freeze the data as known now").check();
    await page.getByRole("button", { name: "Copy link" }).click();
    const link = new URL(await page.locator(".share-url").inputValue());
    const known = Date.parse(link.searchParams.get("known") ?? "");
    expect(Math.abs(Date.now() - known)).toBeLessThan(60_000);

    const fresh = await newPage();
    await fresh.goto(link.toString());
    await mapReady(fresh);
    expect(await shape(fresh, "ITA").getAttribute("data-stance")).toBe("refusal");
    expect(await fresh.locator(".frozen-note").innerText()).toContain("as it was known at");
  });

  it("works by keyboard alone: reach the slider, change the date, open a country's panel", async () => {
    const page = await newPage();
    await page.goto("/?date=2025-09-05");
    await mapReady(page);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}|${el.getAttribute("type") ?? ""}|${el.getAttribute("data-iso3") ?? ""}` : "";
    });

    let steps = 0;
    while ((await focused()) !== "input|range|" && steps++ < 60) await page.keyboard.press("Tab");
    expect(await focused()).toBe("input|range|");
    const next = seedChangeDates().find((d) => d > "2025-09-05")!;
    await page.keyboard.press("PageDown");
    await expect.poll(() => param(page, "date")).toBe(next);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => param(page, "date")).toBe(new Date(Date.parse(`${next}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));

    steps = 0;
    while (!(await focused()).startsWith("path||") && steps++ < 120) await page.keyboard.press("Tab");
    const [, , iso3] = (await focused()).split("|");
    expect(iso3).toMatch(/^[A-Z]{3}$/);
    const name = (await page.locator(`path[data-iso3="${iso3}"]`).getAttribute("aria-label"))!.split(":")[0]!;
    await page.keyboard.press("Enter");
    const heading = page.locator("aside.country-panel h2");
    await heading.waitFor();
    expect(await heading.innerText()).toBe(name);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("country-panel-title");
    // The URL follows the view asynchronously (as the date checks above allow for).
    await expect.poll(() => param(page, "country")).toBe(iso3);
  });

  it("finds a country by keyboard: the finder's suggestions are drawn when it is first focused, not sent in the HTML", async () => {
    const html = await (await fetch(`${e2eContext().baseURL}/?date=2025-09-05`)).text();
    const datalist = /<datalist[^>]*>([\s\S]*?)<\/datalist>/.exec(html);
    expect(datalist, "the finder's datalist").not.toBeNull();
    expect(datalist![1]).not.toContain("<option");
    const db = new Database(e2eContext().databasePath, { readonly: true, fileMustExist: true });
    const names = db.prepare("select name from countries").pluck().all() as string[];
    db.close();

    const page = await newPage();
    await page.goto("/?date=2025-09-05");
    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
    const inFinder = () => page.evaluate(() => document.activeElement?.tagName === "INPUT" && !!document.activeElement.closest(".country-finder"));
    let steps = 0;
    while (!(await inFinder()) && steps++ < 80) await page.keyboard.press("Tab");
    expect(await inFinder()).toBe(true);
    const options = page.locator(".country-finder datalist option");
    await expect.poll(() => options.count()).toBe(names.length);
    expect((await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).sort()).toEqual([...names].sort());
    await page.keyboard.type("Montenegro");
    await page.keyboard.press("Enter");
    const heading = page.locator("aside.country-panel h2");
    await heading.waitFor();
    expect(await heading.innerText()).toBe("Montenegro");
    await expect.poll(() => param(page, "country")).toBe("MNE");
  });

  it("answers malformed date, stances and zoom with notices and a working map, not an error page", async () => {
    const page = await newPage();
    const res = await page.goto("/?date=2025-13-45&stances=bogus&zoom=abc");
    expect(res?.status()).toBe(200);
    const notices = page.locator('[role="status"]');
    for (const name of ["date", "stances", "zoom"]) {
      await notices.filter({ hasText: new RegExp(`\\b${name}\\b`) }).first().waitFor();
    }
    await mapReady(page);
    expect(await shape(page, "FRA").getAttribute("data-stance")).toBe("troops");
    expect(await page.locator("[data-legend-key][aria-pressed=true]").count()).toBe(0);
  });

  it("shows the same state as a sortable table", async () => {
    const page = await newPage();
    await page.goto("/?date=2026-01-07");
    await mapReady(page);
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Table" }).click();
    await page.locator('tr[data-iso3="CZE"][data-stance="refusal"]').waitFor();
    expect(param(page, "view")).toBe("table");
    // The master table: by category first; sorted by country through its heading, then the other way.
    const table = page.locator("table.master-table");
    const names = () => table.locator("tbody td.country").allInnerTexts();
    await table.getByRole("link", { name: /^Country/ }).click();
    await expect.poll(() => param(page, "sort")).toBe("country");
    const before = await names();
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, "en")));
    await table.getByRole("link", { name: /^Country/ }).click();
    await expect.poll(() => param(page, "sort")).toBe("-country");
    expect(await names()).toEqual([...before].reverse());

    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("PageUp"); // back to 6 Jan 2026
    await slider.press("PageUp"); // back to the change before, before Czechia's refusal
    const before6Jan = seedChangeDates().filter((d) => d < "2026-01-06").at(-1)!;
    await expect.poll(() => param(page, "date")).toBe(before6Jan);
    await expect.poll(() => page.locator('tr[data-iso3="CZE"][data-stance="refusal"]').count()).toBe(0);
    expect(await page.locator('tr[data-iso3="CZE"][data-stance="undecided"]').count()).toBe(1);
  });

  it("shows the same view as a table to a browser without JavaScript", async () => {
    const page = await newPage();
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: e2eContext().baseURL });
    try {
      const bare = await context.newPage();
      const res = await bare.goto("/?date=2026-01-07");
      expect(res?.status()).toBe(200);
      expect(await bare.locator(".map-placeholder").isVisible()).toBe(false);
      // The legend's counts, and each category a link to the same view as the table of its countries.
      const troops = bare.getByTestId("noscript-summary").locator('li[data-stance="troops"]');
      expect(await troops.innerText()).toBe(`Ground troops: ${seedCounts("2026-01-07").troops} countries`);
      await bare.getByTestId("noscript-summary").locator('li[data-stance="refusal"] a').click();
      await bare.waitForURL((u) => u.searchParams.get("view") === "table" && u.searchParams.get("stances") === "refusal");
      expect(await bare.locator('tr[data-iso3="CZE"][data-stance="refusal"]').isVisible()).toBe(true);
      expect(await bare.locator("table.master-table tbody tr[data-iso3]").count()).toBe(seedCounts("2026-01-07").refusal);
    } finally {
      await context.close();
    }
  });

  it("renders a visible map with a legend (screenshot)", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto("/?date=2026-01-07");
    await mapReady(page);
    const legend = page.locator('ul[aria-label="Countries per category"]');
    expect(await legend.locator("button").count()).toBe(8);
    const counts7Jan = seedCounts("2026-01-07");
    expect(await legend.innerText()).toMatch(new RegExp(`Ground troops: ${counts7Jan.troops}[\\s\\S]*Refusal: ${counts7Jan.refusal}`));

    const png = await page.locator(".world-map").screenshot();
    const dir = path.resolve("test-results", "e2e-screenshots");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "map-2026-01-07.png"), png);
    // Count pixels of the troops and refusal colours in the screenshot, decoded by the browser.
    const counts = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const near = (i: number, [r, g, b]: number[]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 12;
      let troops = 0, refusal = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (near(i, [0x00, 0x72, 0xb2])) troops++;
        if (near(i, [0xd5, 0x5e, 0x00])) refusal++;
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return { troops, refusal, colours: colours.size, pixels: data.length / 4 };
    }, png.toString("base64"));
    expect(counts.colours).toBeGreaterThan(10);
    expect(counts.troops).toBeGreaterThan(counts.pixels / 100);
    expect(counts.refusal).toBeGreaterThan(counts.pixels / 500);
  });

  it("unfurls: title and description name the date and counts, and the preview image renders", async () => {
    const page = await newPage();
    await page.goto("/?date=2026-01-07");
    expect(await page.title()).toContain("7 January 2026");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    const counts7Jan = seedCounts("2026-01-07");
    expect(description).toMatch(new RegExp(`7 January 2026.*${counts7Jan.troops} ground troops.*${counts7Jan.refusal} refusal`));
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain("/og?date=2026-01-07");
    const res = await page.request.get(image!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect((await res.body()).length).toBeGreaterThan(5_000);
  });
});
