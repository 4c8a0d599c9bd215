/**
 * Staleness (stale=DAYS, default 180, stale=off), in Chromium against the production build: the
 * map fades the positions whose deciding statement (its latest reaffirmation) is older than the
 * threshold, and the legend says how many; off fades none. Expectations from the seed file. Read only.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dayNumber } from "@/lib/dates";
import { decidingRows } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";

const { newPage } = setupBrowser();
const DATE = "2026-01-08";
const from = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d);
/** The countries whose deciding seed row is more than `days` days before DATE. */
const staleBy = (days: number) =>
  [...decidingRows(DATE)].filter(([, r]) => dayNumber(DATE) - dayNumber(from(r.stated_on!)) > days).map(([iso3]) => iso3).sort();

const fadedOnMap = (page: Page) => page.$$eval("path[data-faded]", (els) => els.map((e) => e.getAttribute("data-iso3")!).sort());

describe("stale positions", () => {
  it("fades positions older than stale= days, counts them in the legend, and fades none with stale=off", { timeout: 90_000 }, async () => {
    const page = await newPage();
    // A threshold that fades some of the seed's positions but not all of them.
    const counts = [30, 60, 90, 180].map((d) => [d, staleBy(d)] as const);
    const [days, stale] = counts.find(([, s]) => s.length > 0 && s.length < decidingRows(DATE).size)!;
    await page.goto(`/?date=${DATE}&stale=${days}`);
    await expect.poll(() => page.locator("[data-legend-faded]").innerText(), { timeout: 30_000 }).toBe(`${stale.length} faded (stated more than ${days} days before the date)`);
    const drawn = await page.$$eval("path[data-iso3]", (els) => els.map((e) => e.getAttribute("data-iso3")!));
    await expect.poll(() => fadedOnMap(page)).toEqual(stale.filter((iso3) => drawn.includes(iso3)));

    await page.goto(`/?date=${DATE}&stale=off`);
    await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 30_000 });
    await expect.poll(() => page.locator("path[data-stance]:not([data-stance='none'])").count()).toBeGreaterThan(0);
    expect(await fadedOnMap(page)).toEqual([]);
    expect(await page.locator("[data-legend-faded]").count()).toBe(0);
  });
});
