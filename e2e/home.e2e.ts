/**
 * The home page: the coalition grouped by stance as of a date, chosen by URL or by the date form.
 * Dates come from the seed data (db/seed/statements.csv): France pledged troops at the Paris
 * meeting of 4 Sep 2025; Meloni restated Italy's refusal on 6 Jan 2026.
 * The page opens on the map by default (e2e/map.e2e.ts); these specs use its table view
 * (`view=table`): the master table, one tr[data-iso3][data-stance] row per country.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";

const { newPage } = setupBrowser();

/** The row of one country, holding one stance. */
const rowIn = (page: Page, stance: string, iso3: string) =>
  page.locator(`tr[data-iso3="${iso3}"][data-stance="${stance}"]`);

/** Every row of one country: a country holds exactly one stance on a date. */
const rowsOf = (page: Page, iso3: string) => page.locator(`tr[data-iso3="${iso3}"][data-stance]`);

describe("home page", () => {
  it("groups France under troops as of 2025-09-05", async () => {
    const page = await newPage();
    const res = await page.goto("/?view=table&date=2025-09-05");
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator("h1").count()).toBe(1);

    expect(await page.locator('tr[data-stance="troops"] td[data-column="stance"]').first().innerText()).not.toBe("");
    const fra = rowIn(page, "troops", "FRA");
    await fra.waitFor();
    expect(await rowsOf(page, "FRA").count()).toBe(1);
    expect(await fra.locator("td, th").first().innerText()).toMatch(/France/);
  });

  it("groups Italy under refusal as of 2026-01-07", async () => {
    const page = await newPage();
    const res = await page.goto("/?view=table&date=2026-01-07");
    expect(res?.status()).toBe(200);
    await rowIn(page, "refusal", "ITA").waitFor();
    expect(await rowsOf(page, "ITA").count()).toBe(1);
  });

  it("shows another date through the date form", async () => {
    const page = await newPage();
    await page.goto("/?view=table");
    const form = page.locator('form[role="search"][aria-label="Choose a date"]');
    await form.locator('input[type="date"][name="date"]#date').fill("2026-01-07");
    await form.getByRole("button", { name: "Show" }).click();

    await expect.poll(() => new URL(page.url()).searchParams.get("date"), { timeout: 15_000 }).toBe("2026-01-07");
    await rowIn(page, "refusal", "ITA").waitFor();
    expect(await rowsOf(page, "ITA").count()).toBe(1);
  });

  it("keeps a date typed before the page's JavaScript took over the form", async () => {
    const page = await newPage();
    // Hold the page's scripts back until the reader has typed, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/?view=table", { waitUntil: "commit" });
    const form = page.locator('form[role="search"][aria-label="Choose a date"]');
    await form.locator('input[name="date"]').fill("2026-01-07");
    const payload = page.waitForResponse((r) => r.url().includes("/api/v1/timeline/payload"));
    release();
    // The timeline arrives after hydration and re-renders the dashboard, form included.
    await payload;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await form.locator('input[name="date"]').inputValue()).toBe("2026-01-07");
    await form.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("date"), { timeout: 15_000 }).toBe("2026-01-07");
    await rowIn(page, "refusal", "ITA").waitFor();
  });

  it("answers a malformed date with a notice and today's view, not an error page", async () => {
    const page = await newPage();
    const res = await page.goto("/?view=table&date=2025-13-45");
    expect(res?.status()).toBe(200);

    const notice = page.locator('[role="status"], [role="alert"]').filter({ hasText: /\bdate\b/i });
    await notice.first().waitFor({ state: "visible" });
    await expect.poll(() => page.locator("h1").count()).toBe(1);
    expect(await page.locator("tr[data-iso3][data-stance]").count()).toBeGreaterThan(0);
  });
});
