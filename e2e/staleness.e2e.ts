/**
 * Staleness (stale=DAYS, default 180, stale=off), in Chromium against the production build: the
 * map fades the positions whose deciding statement (its latest reaffirmation) is older than the
 * threshold, and the legend says how many; off fades none. Each position says its age ("stated 412
 * days ago") in the panel, the hover card and the country page; the table marks stale rows in words;
 * /api/v1/stances gives age_days and stale; /compare follows stale= and group=. Expectations from
 * the seed file. Read only.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dayNumber, todayIso } from "@/lib/dates";
import { describeAge } from "@/lib/staleness/age";
import { groupOn, resolveGroup } from "@/lib/groups/group-view";
import { decidingRows } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";

const { newPage } = setupBrowser();
const DATE = "2026-01-08";
const from = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d);
/** The countries whose deciding seed row is more than `days` days before DATE. */
const staleBy = (days: number) =>
  [...decidingRows(DATE)].filter(([, r]) => dayNumber(DATE) - dayNumber(from(r.stated_on!)) > days).map(([iso3]) => iso3).sort();

/** Days from a country's deciding seed row to `date`. */
const ageOf = (iso3: string, date = DATE) => dayNumber(date) - dayNumber(from(decidingRows(date).get(iso3)!.stated_on!));
/** A threshold that fades some of the seed's positions on DATE but not all of them, and those it fades. */
function someStale(): { days: number; stale: string[]; fresh: string[] } {
  const all = [...decidingRows(DATE).keys()].sort();
  for (const days of [30, 60, 90, 180]) {
    const stale = staleBy(days);
    if (stale.length > 0 && stale.length < all.length) return { days, stale, fresh: all.filter((x) => !stale.includes(x)) };
  }
  throw new Error("the seed has no threshold that fades some positions but not all");
}

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

describe("the age of each position", () => {
  it("marks stale rows in the table in words, with their age, and none with stale=off", { timeout: 90_000 }, async () => {
    const { days, stale } = someStale();
    const page = await newPage();
    await page.goto(`/?date=${DATE}&view=table&stale=${days}`);
    await page.locator("tr[data-iso3]").first().waitFor();
    const marked = () => page.$$eval("tr[data-iso3]", (rows) => rows.filter((r) => r.querySelector("[data-testid=stale-mark]")).map((r) => r.getAttribute("data-iso3")!).sort());
    expect(await marked()).toEqual(stale);
    expect(await page.$$eval("tr[data-stale] [data-testid=stale-mark]", (els) => [...new Set(els.map((e) => (e as HTMLElement).innerText.trim()))])).toEqual(["stale"]);
    // The age cell: the days since the deciding statement, from the seed.
    const ages = await page.$$eval("tr[data-iso3]", (rows) => rows.map((r) => [r.getAttribute("data-iso3")!, (r.querySelector("td[data-column=age]") as HTMLElement).innerText.replace(/\s*stale$/, "")]));
    expect(Object.fromEntries(ages)).toEqual(Object.fromEntries([...decidingRows(DATE).keys()].map((iso3) => [iso3, ageOf(iso3) === 1 ? "1 day" : `${ageOf(iso3)} days`])));
    await expect.poll(() => page.locator("[data-legend-faded]").innerText(), { timeout: 30_000 }).toBe(`${stale.length} faded (stated more than ${days} days before the date)`);

    await page.goto(`/?date=${DATE}&view=table&stale=off`);
    await page.locator("tr[data-iso3]").first().waitFor();
    expect(await marked()).toEqual([]);
    expect(await page.locator("[data-legend-faded]").count()).toBe(0);
  });

  it("says 'stated N days ago' in the panel and on hover, with the fading when past stale=", { timeout: 90_000 }, async () => {
    const { days, stale, fresh } = someStale();
    const page = await newPage();
    for (const iso3 of [stale[0]!, fresh[0]!]) {
      await page.goto(`/?date=${DATE}&country=${iso3}&stale=${days}`);
      const age = page.locator(".country-panel .position-age");
      await age.waitFor();
      const expected = describeAge(ageOf(iso3)) + (stale.includes(iso3) ? ` (faded: older than ${days} days)` : "");
      expect(await age.innerText()).toBe(expected);
      // The hover card says the same.
      await page.goto(`/?date=${DATE}&stale=${days}`);
      await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 30_000 });
      // Focus opens the same card as a hover, and brings a country outside the view into it.
      await page.locator(`path[data-iso3="${iso3}"]`).focus();
      const tooltip = page.locator(".country-tooltip .country-tooltip-age");
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toBe(expected);
    }
    await page.goto(`/?date=${DATE}&country=${stale[0]}&stale=off`);
    await page.locator(".country-panel .position-age").waitFor();
    expect(await page.locator(".country-panel .position-age").innerText()).toBe(describeAge(ageOf(stale[0]!)));
  });

  it("says it on the country page, as of today", async () => {
    const today = todayIso();
    const [iso3] = [...decidingRows(today).keys()];
    const page = await newPage();
    await page.goto(`/countries/${iso3}`);
    const n = ageOf(iso3!, today);
    expect(await page.locator(".position-age").innerText()).toBe(describeAge(n) + (n > 180 ? " (faded on the map: older than 180 days)" : ""));
  });
});

describe("age_days and stale in /api/v1/stances", () => {
  it("gives each country its age and whether it is stale, by the threshold or the default; refuses a bad one", async () => {
    const { days, stale } = someStale();
    const read = async (q: string) => {
      const res = await fetch(urlFor(`/api/v1/stances?date=${DATE}${q}`));
      expect(res.status).toBe(200);
      return (await res.json()) as { stale: number | false; countries: { iso3: string; age_days: number; stale: boolean }[] };
    };
    const body = await read(`&stale=${days}`);
    expect(body.stale).toBe(days);
    expect(Object.fromEntries(body.countries.map((c) => [c.iso3, c.age_days]))).toEqual(Object.fromEntries([...decidingRows(DATE).keys()].map((iso3) => [iso3, ageOf(iso3)])));
    expect(body.countries.filter((c) => c.stale).map((c) => c.iso3).sort()).toEqual(stale);
    const byDefault = await read("");
    expect(byDefault.stale).toBe(180);
    expect(byDefault.countries.filter((c) => c.stale).map((c) => c.iso3).sort()).toEqual(staleBy(180));
    const off = await read("&stale=off");
    expect(off.stale).toBe(false);
    expect(off.countries.some((c) => c.stale)).toBe(false);
    for (const bad of ["0", "-1", "3651", "OFF", "1e2", "30d"]) {
      const res = await fetch(urlFor(`/api/v1/stances?date=${DATE}&stale=${bad}`));
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^stale: expected a whole number of days/);
    }
  });
});

describe("/compare follows stale= and group=", () => {
  it("counts the faded positions on both dates and only the group's members, also from an old view=compare link", { timeout: 60_000 }, async () => {
    const { days } = someStale();
    const A = "2025-09-05";
    const page = await newPage();
    await page.goto(`/?view=compare&date=${A}&compare=${DATE}&stale=${days}&group=nato`);
    expect(new URL(page.url()).pathname).toBe("/compare");
    const faded = page.locator("[data-testid=compare-faded]");
    const nato = resolveGroup("nato", [])!;
    const inNato = (date: string) => [...decidingRows(date).keys()].filter((iso3) => groupOn(nato, date).has(iso3));
    const staleIn = (date: string) => inNato(date).filter((iso3) => ageOf(iso3, date) > days).length;
    expect(await faded.getAttribute("data-faded-a")).toBe(String(staleIn(A)));
    expect(await faded.getAttribute("data-faded-b")).toBe(String(staleIn(DATE)));
    expect(await page.locator("[data-testid=compare-group]").innerText()).toContain("NATO members");
    const counted = await page.$$eval("[data-testid=compare-counts] tbody tr", (rows) => rows.reduce((n, r) => n + Number((r.querySelectorAll("td.num")[1] as HTMLElement).innerText), 0));
    expect(counted).toBe(inNato(DATE).length);
    // The form and the dashboard links keep them.
    expect(await page.locator("form.compare-form input[name=stale]").inputValue()).toBe(String(days));
    expect(await page.locator("form.compare-form input[name=group]").inputValue()).toBe("nato");
    expect(await page.locator(`a[href^="/?date=${DATE}"]`).first().getAttribute("href")).toContain(`stale=${days}`);
    expect(await page.locator("p.notice").count()).toBe(0);
  });
});
