/**
 * The site on a phone (390×844) and, as a check that nothing broke, on a laptop (1366×768): no page
 * of the build, public or admin (signed in as an editor and as an admin), is wider than the
 * viewport; a wide table scrolls inside its own box, by keyboard too, with its first column in view;
 * tapping a country on the map brings its panel on screen and closing it goes back to the map; a
 * legend entry shows its category's description on focus. A statement with long unbroken words
 * and a long address is added first, so that every page showing it has something that could widen it.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createStatement, type StatementInput } from "@/db/statements";
import { ADMIN, EDITOR, createAccount, signIn } from "./support/admin";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { snapshotDatabase } from "./support/db-snapshot";
import { MIN_BUILT_PAGES, builtRoutes, fillRoute, type BuiltRoute } from "./support/routes";

const { newPage } = setupBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
/** Admin pages of today's build behind the sign-in (13, /admin/login not counted); a floor, so a lost route list fails. */
const MIN_ADMIN_PAGES = 13;

const LONG_WORD = "Unterstützungskoalitionsfriedenssicherungstruppenentsendungsvereinbarung".repeat(3);
const LONG_URL = `https://example.org/${"a-very-long-path-segment-without-spaces".repeat(6)}?q=${"x".repeat(80)}`;

const input: StatementInput = {
  countryIso3: "ISL",
  statedOn: "2025-09-10",
  statedOnPrecision: "day",
  stance: "troops",
  contributions: ["ground", "regional_presence"],
  conditions: LONG_WORD,
  quote: `${LONG_WORD} ${LONG_URL}`,
  quoteLanguage: "de",
  speaker: LONG_WORD,
  speakerRole: "head_of_state_or_government",
  commitment: "pledged",
  sizeText: LONG_WORD,
  troopsMin: 1000,
  troopsMax: 5000,
  conditionKeys: ["ceasefire", "us_backstop", "un_or_eu_mandate"],
  quoteTranslation: `${LONG_WORD} ${LONG_URL}`,
  translationBy: "editor",
  confidence: "high",
  note: LONG_URL,
  source: { title: LONG_WORD, publisher: LONG_WORD, url: LONG_URL, publishedOn: "2025-09-10" },
};

let restore: () => Promise<void>;
let statementId: number;
let correctionId = 0;
let sourceId: number;

beforeAll(async () => {
  const { databasePath } = e2eContext();
  restore = await snapshotDatabase(databasePath);
  const db = openDatabase(databasePath);
  try {
    const created = createStatement(db, input, "mobile-layout");
    statementId = created.current.id;
    sourceId = created.current.source.id;
    // A reader's suggested correction on it, as long as the form allows, for /admin/corrections/[id].
    correctionId = Number(
      db.$client
        .prepare("insert into correction_suggestions (statement_id, body, source_url, email, client_key) values (?, ?, ?, ?, 'mobile-layout') returning id")
        .pluck()
        .get(statementId, `${LONG_WORD} `.repeat(20).slice(0, 2000), LONG_URL, `${"reader".repeat(20)}@example.org`),
    );
  } finally {
    db.$client.close();
  }
  createAccount(ADMIN, "admin");
  createAccount(EDITOR, "editor");
});

afterAll(async () => {
  await restore?.();
});

/** The build's page routes with their ids filled in: the long statement, its source, event 1. */
function pagePaths(filter: (r: BuiltRoute) => boolean): string[] {
  return builtRoutes()
    .filter((r) => r.kind === "page" && filter(r))
    .map((route) =>
      fillRoute(route, (param) => {
        if (param === "iso3" || param === "country") return "ISL";
        // The public summit page (/events/[slug]): a summit of the seed.
        if (param === "slug") return "paris-2026-01-06";
        if (route.path.includes("/events/")) return "1";
        if (route.path.includes("/corrections/")) return String(correctionId);
        return route.path.includes("/sources/") ? String(sourceId) : String(statementId);
      }),
    );
}
const isAdmin = (r: BuiltRoute) => r.path.startsWith("/admin") && r.path !== "/admin/login";

/** Dashboard states the route list does not reach by itself. */
const DASHBOARD_STATES = [
  "/?date=2025-09-11&view=table",
  "/?date=2025-09-11&country=ISL",
  "/?date=2025-09-11&view=table&country=ISL",
  "/?date=2025-09-11&view=table&sort=-age",
  `/?date=2025-09-11&view=table&q=${LONG_WORD.slice(0, 40)}`,
  "/compare?date=2025-09-01&compare=2025-09-11",
  "/admin/login?next=%2Fadmin",
];

type Width = { path: string; landed: string; scrollWidth: number; innerWidth: number; widest: string[] };

/** Opens a page, waits for it to be hydrated, and measures the document against the viewport. */
async function measure(page: Page, pathname: string, viewport: { width: number }): Promise<Width> {
  const res = await page.goto(pathname, { waitUntil: "load" });
  expect(res?.status(), pathname).toBe(200);
  await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
  // What loads after hydration (the map, the charts near the viewport) is laid out by the next frames.
  if (new URL(page.url()).pathname === "/" && !pathname.includes("view=table")) {
    await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 20_000 });
  }
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  const found = await page.evaluate(() => {
    const limit = window.innerWidth;
    // For the failure message: the outermost elements that stick out past the viewport.
    const widest = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && !el.parentElement?.closest(".table-scroll, .leaflet-container"))
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit + 0.5))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, widest };
  });
  // The viewport must be the one asked for: a zoomed-out page would widen innerWidth and hide an overflow.
  expect(found.innerWidth, pathname).toBe(viewport.width);
  return { path: pathname, landed: new URL(page.url()).pathname, ...found };
}

async function checkAll(page: Page, paths: string[], viewport: { width: number; height: number }): Promise<Width[]> {
  await page.setViewportSize(viewport);
  const results: Width[] = [];
  for (const p of paths) results.push(await measure(page, p, viewport));
  return results;
}

const tooWide = (results: Width[]) => results.filter((r) => r.scrollWidth > r.innerWidth);

/** A browser context of its own, for options the shared helper does not set (touch, a phone's size). */
async function phoneContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const helper = await newPage();
  const browser = helper.context().browser()!;
  return browser.newContext({ baseURL: e2eContext().baseURL, locale: "en-GB", viewport: PHONE, hasTouch: true, ...options });
}

describe("no page is wider than the viewport", () => {
  const publicPaths = () => [...pagePaths((r) => !isAdmin(r)), ...DASHBOARD_STATES];

  it("at 390×844, every public page of the build", { timeout: 240_000 }, async () => {
    const paths = publicPaths();
    expect(pagePaths(() => true).length).toBeGreaterThanOrEqual(MIN_BUILT_PAGES);
    const results = await checkAll(await newPage(), paths, PHONE);
    expect(results.length).toBe(paths.length);
    expect(pagePaths(isAdmin).length).toBeGreaterThanOrEqual(MIN_ADMIN_PAGES);
    expect(tooWide(results)).toEqual([]);
  });

  for (const [role, account] of [
    ["an editor", EDITOR],
    ["an admin", ADMIN],
  ] as const) {
    it(`at 390×844, every admin page signed in as ${role}`, { timeout: 240_000 }, async () => {
      const page = await newPage();
      await signIn(page, account);
      // An editor asking for the accounts page is sent to /admin with a notice: measured too.
      const paths = pagePaths(isAdmin).map((p) => (p === "/admin/users" && account === EDITOR ? "/admin?notice=admins-only" : p));
      expect(paths.length).toBeGreaterThanOrEqual(MIN_ADMIN_PAGES);
      const results = await checkAll(page, paths, PHONE);
      // Signed in throughout: no page sent the reader to the sign-in form instead.
      expect(results.filter((r) => r.landed === "/admin/login")).toEqual([]);
      expect(tooWide(results)).toEqual([]);
    });
  }

  it("at 1366×768, every public page and every admin page (as an admin)", { timeout: 240_000 }, async () => {
    const page = await newPage();
    const results = await checkAll(page, publicPaths(), DESKTOP);
    await signIn(page, ADMIN);
    results.push(...(await checkAll(page, pagePaths(isAdmin), DESKTOP)));
    expect(results.length).toBeGreaterThanOrEqual(MIN_BUILT_PAGES + DASHBOARD_STATES.length);
    expect(tooWide(results)).toEqual([]);
  });
});

describe("wide tables on a phone", () => {
  it("scroll inside their own box, by keyboard, with the first column still in view", async () => {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto("/?date=2025-09-11&view=table");
    const box = page.locator(".master-table-scroll");
    await box.locator("tr[data-iso3]").first().waitFor();
    expect(await box.getAttribute("role")).toBe("region");
    expect(await box.getAttribute("aria-label")).toBeTruthy();
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client); // the table is wider than the phone: the box has to scroll

    const firstCell = box.locator("tbody tr").first().locator("td").first();
    const lastCell = box.locator("tbody tr").first().locator("td").last();
    const before = (await lastCell.boundingBox())!;
    await box.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    // The box scrolled, the page did not.
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    expect((await lastCell.boundingBox())!.x).toBeLessThan(before.x - 100);
    // The first column is still at the box's left edge and not covered by the cells scrolled under it.
    const boxLeft = (await box.boundingBox())!.x;
    const cell = (await firstCell.boundingBox())!;
    expect(cell.x).toBeGreaterThanOrEqual(boxLeft - 1);
    expect(cell.x + cell.width).toBeLessThanOrEqual(PHONE.width);
    // The table's rows are tall (quotes): probe near the cell's top, with the table's top on screen.
    await box.evaluate((el) => el.scrollIntoView({ block: "start" }));
    const onTop = await firstCell.evaluate((td) => {
      const r = td.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + Math.min(8, r.width / 2), r.top + Math.min(12, r.height / 2));
      return hit !== null && td.contains(hit);
    });
    expect(onTop).toBe(true);
  });
});

describe("the map on a phone", () => {
  it("tapping a country brings its panel into view, and closing it returns focus and scroll to the map", async () => {
    const context = await phoneContext();
    try {
      const page = await context.newPage();
      await page.goto("/?date=2025-09-05");
      const france = page.locator('path[data-iso3="FRA"][data-stance]');
      await france.waitFor({ state: "attached", timeout: 20_000 });
      const map = page.locator(".leaflet-container");
      await map.scrollIntoViewIfNeeded();
      await france.tap();
      const panel = page.locator("aside.country-panel");
      await panel.getByRole("heading", { name: "France" }).waitFor();
      const inView = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0;
      };
      await expect.poll(() => panel.evaluate(inView), { timeout: 10_000 }).toBe(true);
      // Still in view once the history has loaded below the heading.
      await panel.locator("ol.history > li").first().waitFor();
      await expect.poll(() => panel.evaluate(inView)).toBe(true);

      await panel.getByRole("button", { name: "Close the panel of France" }).tap();
      await panel.waitFor({ state: "detached" });
      await expect.poll(() => map.evaluate(inView), { timeout: 10_000 }).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest(".leaflet-container") !== null)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("jumps instead of gliding when the reader asks for reduced motion", async () => {
    const context = await phoneContext({ reducedMotion: "reduce" });
    try {
      const page = await context.newPage();
      await page.goto("/?date=2025-09-05");
      const france = page.locator('path[data-iso3="FRA"][data-stance]');
      await france.waitFor({ state: "attached", timeout: 20_000 });
      // Record every scroll behaviour the page asks for.
      await page.evaluate(() => {
        const asked: string[] = ((window as unknown as { __behaviours: string[] }).__behaviours = []);
        const original = Element.prototype.scrollIntoView;
        Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
          asked.push(typeof arg === "object" ? (arg.behavior ?? "auto") : "auto");
          return original.call(this, arg);
        };
      });
      await france.tap();
      await page.locator("aside.country-panel").getByRole("heading", { name: "France" }).waitFor();
      const behaviours = () => page.evaluate(() => (window as unknown as { __behaviours: string[] }).__behaviours);
      await expect.poll(behaviours).not.toEqual([]);
      expect(await behaviours()).not.toContain("smooth");
    } finally {
      await context.close();
    }
  });
});

describe("legend descriptions", () => {
  it("a legend entry shows its category's description on focus, within the phone's width, and Escape hides it", async () => {
    const { categories } = (await (await fetch(urlFor("/api/v1/categories"))).json()) as { categories: { key: string; description: string }[] };
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto("/?date=2025-09-05");
    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
    for (const c of categories) {
      const entry = page.locator(`[data-legend-key="${c.key}"]`);
      const tipId = await entry.getAttribute("aria-describedby");
      expect(tipId, c.key).toBeTruthy();
      const tip = page.locator(`[id="${tipId}"]`);
      expect(await tip.isVisible()).toBe(false);
      await entry.focus();
      await tip.waitFor({ state: "visible" });
      expect(await tip.innerText()).toContain(c.description.replace(/\.$/, ""));
      const r = (await tip.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.keyboard.press("Escape");
    await page.locator(`[id="legend-tip-${categories.at(-1)!.key}"]`).waitFor({ state: "hidden" });
  });

  it("the table view's header explains every category", async () => {
    const { categories } = (await (await fetch(urlFor("/api/v1/categories"))).json()) as { categories: { key: string; description: string }[] };
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto("/?date=2025-09-05&view=table");
    const key = page.getByTestId("category-key");
    await key.locator("summary").click();
    for (const c of categories) {
      const dd = key.locator(`[data-category="${c.key}"] dd`);
      expect(await dd.isVisible()).toBe(true);
      expect(await dd.innerText()).toContain(c.description.replace(/\.$/, ""));
    }
    expect(await key.locator('[data-category="none"] dd').isVisible()).toBe(true);
  });
});
