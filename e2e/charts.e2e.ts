/**
 * The dashboard's charts: the coalition over time and the contributions on the chosen date. The
 * numbers are checked three ways: what the chart component drew (its data-drawn attribute), its
 * accessible table, its CSV download, and all of them against the public API.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";
import { seedRows } from "./support/seed-expect";

const { newPage } = setupBrowser();

const STANCES = ["troops", "air_policing", "naval", "training_only", "support_only", "undecided", "refusal"] as const;
type Counts = Record<(typeof STANCES)[number], number>;
type DrawnRow = { date: string } & Counts;

const DAY = 86_400_000;
/** Fewest steps the seed's coalition history has up to 2026-01-07 (so comparisons are never empty). */
const MIN_STEPS = 3;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

async function apiCounts(date: string): Promise<Counts> {
  const res = await fetch(urlFor(`/api/v1/stances?date=${date}`), { signal: AbortSignal.timeout(15_000) });
  expect(res.status).toBe(200);
  const { countries } = (await res.json()) as { countries: { stance: string }[] };
  const counts = Object.fromEntries(STANCES.map((k) => [k, 0])) as Counts;
  for (const c of countries) counts[c.stance as keyof Counts] += 1;
  return counts;
}

/** Opens the dashboard on a date and waits for the coalition chart (loaded in the browser) to draw. */
async function openChart(page: Page, date: string): Promise<DrawnRow[]> {
  const res = await page.goto(`/?date=${date}`);
  expect(res?.status()).toBe(200);
  // The chart is built and drawn when the reader nears it (it sits under the map): scroll to it.
  await page.getByTestId("coalition-chart").scrollIntoViewIfNeeded();
  const canvas = page.locator('[data-testid="coalition-chart"] .chart-canvas');
  await canvas.locator("svg").first().waitFor({ timeout: 20_000 });
  return JSON.parse((await canvas.getAttribute("data-drawn")) ?? "[]") as DrawnRow[];
}

/** The drawn row in force on `date` (the last one starting on or before it, the closing point excluded). */
function drawnAt(rows: DrawnRow[], date: string): DrawnRow | undefined {
  return rows.slice(0, -1).filter((r) => r.date <= date).at(-1);
}

/**
 * Page coordinates of the middle of day `date` on the chart's hit area (a linear day axis). The
 * drawn rows and the hit area's box are read together, and only once both have stopped changing:
 * on a busy machine the timeline can arrive, or a scrollbar appear, after the chart was first
 * drawn, and a point computed from the first drawing would land days off in the final one.
 */
async function pointFor(page: Page, _rows: DrawnRow[], date: string): Promise<{ x: number; y: number }> {
  // The chart sits under the map: bring it into the viewport, where the mouse can reach it.
  const hit = page.getByTestId("coalition-chart-hit-area");
  await hit.scrollIntoViewIfNeeded();
  const canvas = page.locator('[data-testid="coalition-chart"] .chart-canvas');
  const read = async () => JSON.stringify({ box: await hit.boundingBox(), drawn: await canvas.getAttribute("data-drawn") });
  let last = "";
  await expect
    .poll(async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await read();
      const stable = now === last;
      last = now;
      return stable;
    }, { timeout: 15_000 })
    .toBe(true);
  const { box, drawn } = JSON.parse(last) as { box: { x: number; y: number; width: number; height: number } | null; drawn: string | null };
  if (!box) throw new Error("no chart hit area");
  const rows = JSON.parse(drawn ?? "[]") as DrawnRow[];
  const min = dayOf(rows[0]!.date);
  const max = dayOf(rows.at(-1)!.date); // the closing point: the day after the last drawn day
  return { x: box.x + ((dayOf(date) + 0.5 - min) / (max - min)) * box.width, y: box.y + box.height / 2 };
}

/**
 * Opens the coalition chart's table from the keyboard, as a keyboard or screen-reader user would:
 * its rows are only rendered once the disclosure is open.
 */
async function openStepTable(page: Page): Promise<void> {
  const toggle = page.getByTestId("coalition-chart-table-toggle");
  expect(await page.getByTestId("coalition-chart-table").count()).toBe(0);
  await toggle.locator("summary").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("coalition-chart-table").waitFor();
  expect(await toggle.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
}

async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
  );
}

describe("coalition chart", () => {
  it("draws, tabulates and shows on hover the same counts for 2025-09-05 as the API", async () => {
    const page = await newPage();
    const rows = await openChart(page, "2025-09-05");
    const api = await apiCounts("2025-09-05");
    const drawn = drawnAt(rows, "2025-09-05");
    expect(drawn).toBeDefined();
    for (const k of STANCES) expect(drawn![k], k).toBe(api[k]);
    expect(api.troops).toBeGreaterThan(0);

    await openStepTable(page);
    const step = page.locator('[data-testid="coalition-chart-table"] tbody tr').filter({ has: page.locator("th") });
    const inForce = await step.evaluateAll((trs) =>
      trs
        .filter((tr) => tr.getAttribute("data-from")! <= "2025-09-05" && tr.getAttribute("data-until")! >= "2025-09-05")
        .map((tr) => Object.fromEntries([...tr.querySelectorAll("td[data-stance]")].map((td) => [td.getAttribute("data-stance"), Number(td.textContent)]))),
    );
    expect(inForce).toHaveLength(1);
    for (const k of STANCES) expect(inForce[0]![k], k).toBe(api[k]);

    const { x, y } = await pointFor(page, rows, "2025-09-05");
    await page.mouse.move(x, y);
    const card = page.getByTestId("coalition-chart-hover");
    await card.waitFor();
    // With eleven months drawn a day is about a pixel wide, so the mouse may land on a neighbouring
    // day: the card must name a day within one of it, and show that day's counts as the API gives them.
    const hovered = (await card.getAttribute("data-date"))!;
    expect(Math.abs(dayOf(hovered) - dayOf("2025-09-05"))).toBeLessThanOrEqual(1);
    const hoveredApi = await apiCounts(hovered);
    expect(await card.locator('li[data-stance="troops"] strong').innerText()).toBe(String(hoveredApi.troops));
    expect(await card.locator('li[data-stance="troops"]').innerText()).toContain("France");
  });

  it("moves the dashboard to the date clicked on the chart", async () => {
    const page = await newPage();
    const rows = await openChart(page, "2025-09-05");
    // The dashboard opens on the map (e2e/map.e2e.ts): each country's shape carries its stance.
    // Czechia: undecided on 2025-09-05, refusal from 2026-01-06 (db/seed/reconciled.csv).
    const czechia = page.locator('path[data-iso3="CZE"][data-stance]');
    await czechia.waitFor({ state: "attached" });
    expect(await czechia.getAttribute("data-stance")).toBe("undecided");
    const { x, y } = await pointFor(page, rows, "2026-01-07");
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get("date"), { timeout: 15_000 }).toBe("2026-01-07");
    await expect.poll(() => czechia.getAttribute("data-stance"), { timeout: 15_000 }).toBe("refusal");
    expect(await page.locator("h1").innerText()).toContain("7 January 2026");
    expect(await page.getByTestId("contributions-chart").getAttribute("data-date")).toBe("2026-01-07");
  });

  it("selects a date from the keyboard", async () => {
    const page = await newPage();
    await openChart(page, "2025-09-05");
    await page.locator('[data-testid="coalition-chart"] .chart-canvas').focus();
    await page.keyboard.press("Home");
    // Home: the first day of the data (the seed's earliest statement).
    const first = seedRows.map((r) => r.stated_on!).sort()[0]!;
    expect(await page.getByTestId("coalition-chart-hover").getAttribute("data-date")).toBe(first);
    await page.keyboard.press("ArrowRight");
    const date = await page.getByTestId("coalition-chart-hover").getAttribute("data-date");
    expect(date! > first).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("date"), { timeout: 15_000 }).toBe(date);
  });

  it("is drawn at a keyboard reader's first Tab, so its controls are in the tab order before focus gets there", async () => {
    const page = await newPage();
    const res = await page.goto("/?date=2025-09-05");
    expect(res?.status()).toBe(200);
    await page.locator("path[data-iso3]").first().waitFor({ state: "attached", timeout: 20_000 });
    const chart = page.getByTestId("coalition-chart");
    // Far below the fold and not drawn yet: scrolling alone would not have drawn it.
    const below = await chart.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight);
    expect(below).toBeGreaterThan(200);
    expect(await chart.locator(".chart-canvas svg").count()).toBe(0);
    await page.keyboard.press("Tab");
    await chart.locator(".chart-canvas svg").first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("coalition-csv-download").count()).toBe(1);
    expect(await page.getByTestId("coalition-chart-table-toggle").count()).toBe(1);
  });

  it("downloads as CSV exactly the numbers it draws and tabulates", async () => {
    const page = await newPage();
    const rows = await openChart(page, "2026-01-07");
    // Something to compare: the seed's history has several steps, drawn as one area per category,
    // and the last step shows the counts the API gives for that date.
    expect(rows.length).toBeGreaterThanOrEqual(MIN_STEPS + 1);
    const areas = page.locator('[data-testid="coalition-chart"] .chart-canvas path.recharts-area-area');
    expect(await areas.count()).toBe(STANCES.length);
    const drawnPaths = await areas.evaluateAll((ps) => ps.filter((p) => (p.getAttribute("d") ?? "").length > 10).length);
    expect(drawnPaths).toBeGreaterThanOrEqual(3);
    const api = await apiCounts("2026-01-07");
    for (const k of STANCES) expect(drawnAt(rows, "2026-01-07")![k], k).toBe(api[k]);
    expect(STANCES.reduce((s, k) => s + api[k], 0)).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("coalition-csv-download").click()]);
    expect(download.suggestedFilename()).toBe("coalition-over-time.csv");
    const lines = fs.readFileSync((await download.path())!, "utf8").trim().split("\n").map((l) => l.split(","));
    expect(lines[0]).toEqual(["from", "until", ...STANCES, "total"]);
    const body = lines.slice(1);
    // One CSV row per drawn step (the chart's last point only closes the last step).
    expect(body.map((r) => r[0])).toEqual(rows.slice(0, -1).map((r) => r.date));
    for (const [i, r] of body.entries()) {
      STANCES.forEach((k, j) => expect(Number(r[2 + j]), `${r[0]} ${k}`).toBe(rows[i]![k]));
      expect(Number(r[9])).toBe(STANCES.reduce((s, k) => s + rows[i]![k], 0));
    }
    await openStepTable(page);
    const table = await tableRows(page, "coalition-chart-table");
    expect(table.length).toBe(body.length);
    expect(await page.getByTestId("coalition-chart-table-toggle").locator("summary").innerText()).toContain(`(${body.length} rows)`);
    for (const [i, r] of body.entries()) expect(table[i]!.slice(2).map(Number)).toEqual(r.slice(2).map(Number));
  });
});

describe("contributions chart", () => {
  it("draws, tabulates and downloads the same counts", async () => {
    const page = await newPage();
    await page.goto("/?date=2025-09-05");
    await page.getByTestId("contributions-chart").scrollIntoViewIfNeeded();
    const canvas = page.locator('[data-testid="contributions-chart"] .chart-canvas');
    await canvas.locator("svg").first().waitFor({ timeout: 20_000 });
    const drawn = JSON.parse((await canvas.getAttribute("data-drawn")) ?? "[]") as { key: string; count: number }[];
    expect(drawn.find((d) => d.key === "ground")?.count).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("contributions-csv-download").click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8").trim().split("\n").slice(1);
    expect(csv.map((l) => l.split(",").slice(0, 2))).toEqual(drawn.map((d) => [d.key, String(d.count)]));
    const table = await tableRows(page, "contributions-chart-table");
    expect(table.map((r) => Number(r[1]))).toEqual(drawn.map((d) => d.count));
  });
});
