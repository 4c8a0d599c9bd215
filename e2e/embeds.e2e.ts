/**
 * The embeddable views (/embed/map, /embed/chart/coalition, /embed/chart/contributions): framed
 * from a page on another origin (a tiny node:http server on another port) they draw the view their
 * URL names, computed from the seed; every other route, and every spelling of an embed's path that
 * is not exactly it, refuses to be framed; the dashboard's Embed control gives working code for the
 * view on screen, with and without JavaScript.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERSONAL_CACHE_CONTROL, PUBLIC_VIEW_CACHE_CONTROL } from "@/lib/http/cache-control";
import { EMBED_PATHS, isFrameablePath } from "@/lib/http/security-headers";
import { formatFrozenInstant } from "@/lib/format/known-label";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { plainRequest } from "./support/raw-http";
import { MIN_BUILT_PAGES, builtRoutes, fillRoute, seedValue } from "./support/routes";
import { decidingRows, seedChangeDates, seedKnown } from "./support/seed-expect";

const { newPage } = setupBrowser();

/** A framing page on another origin: `/frame?src=URL&w=WIDTH&h=HEIGHT` holds one iframe named "embed". */
let other: http.Server;
let otherOrigin = "";

beforeAll(async () => {
  other = http.createServer((req, res) => {
    const q = new URL(req.url ?? "/", "http://x").searchParams;
    const src = (q.get("src") ?? "").replace(/"/g, "&quot;");
    const w = Number(q.get("w") ?? 800);
    const h = Number(q.get("h") ?? 600);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>Another site</title><p>A page elsewhere.</p><iframe name="embed" src="${src}" width="${w}" height="${h}" style="border:0"></iframe>`);
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  // Another port is another origin; the app under test is never on this one.
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  expect(otherOrigin).not.toBe(new URL(e2eContext().baseURL).origin);
});

afterAll(async () => {
  await new Promise((resolve) => other.close(resolve));
});

/** Opens the other site's page framing `pathAndQuery` of the app, and returns the frame. */
async function framed(page: Page, pathAndQuery: string, size = { w: 800, h: 600 }): Promise<Frame> {
  await page.goto(`${otherOrigin}/frame?${new URLSearchParams({ src: urlFor(pathAndQuery), w: String(size.w), h: String(size.h) })}`);
  const frame = page.frame({ name: "embed" });
  expect(frame).not.toBeNull();
  return frame!;
}

/** A seed date on which the positions differ from today's, so an embed showing today would fail. */
function seedDate(): string {
  const dates = seedChangeDates();
  const today = new Date().toISOString().slice(0, 10);
  const now = decidingRows(today);
  const date = dates.findLast((d) => [...now].some(([iso3, r]) => decidingRows(d).get(iso3)?.stance !== r.stance));
  expect(date).toBeDefined();
  return date!;
}

/** Per contribution key, how many countries' deciding seed rows on `date` name it. */
function seedOffers(date: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of decidingRows(date).values()) for (const key of new Set(r.contributions!.split(";").map((s) => s.trim()).filter(Boolean))) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

function frameAncestors(csp: string | null | undefined): string | undefined {
  return csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors"));
}

describe("framing headers", () => {
  const routes = builtRoutes();

  it("finds the embeds among the build's routes", () => {
    expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThanOrEqual(MIN_BUILT_PAGES);
    for (const p of EMBED_PATHS) expect(routes.map((r) => r.path)).toContain(p);
  });

  it.each(routes.map((r) => [r.path, r] as const))("%s: only an embed may be framed", async (_p, route) => {
    const res = await plainRequest(e2eContext().baseURL, fillRoute(route, seedValue));
    expect(res.status, route.path).toBeLessThan(500);
    if (isFrameablePath(route.path)) {
      expect(frameAncestors(res.headers["content-security-policy"] as string)).toBe("frame-ancestors *");
      expect(res.headers["x-frame-options"]).toBeUndefined();
    } else {
      expect(frameAncestors(res.headers["content-security-policy"] as string), route.path).toBe("frame-ancestors 'none'");
      expect(res.headers["x-frame-options"], route.path).toBe("DENY");
    }
  });

  // Next matches header rules without regard to case or a trailing slash, and decodes nothing:
  // none of these may come back with the relaxed policy, whatever they answer. A page (HTML) gets
  // the strict one; a redirect (Next's for `/embed/`, `/embed//map`) has nothing to frame, and
  // where it leads is checked the same way; the front's own plain-text refusals (`//…`) name no
  // policy at all and are no page of the app.
  const variants = [
    "/EMBED/map",
    "/Embed/Map",
    "/embed/MAP",
    "/embed/Chart/Coalition",
    "/embed%2Fmap",
    "/embed%2fmap",
    "/%65mbed/map",
    "/embed/%6dap",
    "/embed/map%2F",
    "/embed/../admin",
    "/embed/map/../../admin",
    "/embed/%2e%2e/admin",
    "/embed/..%2fadmin",
    "/embed/./../admin/login",
    "/embed/map/",
    "/embed/chart/coalition/",
    "/embed/map//",
    "/embed//map",
    "//embed/map",
    "/embed",
    "/embed/",
    "/embed/chart",
    "/embed/nothing-here",
    "/embed/map.txt",
    "/embed/map;x",
    "/admin?x=/embed/map",
    "/?next=/embed/map",
    "/admin/login#/embed/map",
  ];
  it.each(variants)("%s never gets the relaxed policy", async (target) => {
    for (const method of ["GET", "HEAD", "POST"]) {
      const label = `${method} ${target}`;
      const res = await plainRequest(e2eContext().baseURL, target, {}, { method });
      expect(res.status, label).toBeLessThan(500);
      const policy = frameAncestors(res.headers["content-security-policy"] as string);
      expect(policy, label).not.toBe("frame-ancestors *");
      expect(res.headers["x-frame-options"] ?? "DENY", label).toBe("DENY");
      if (String(res.headers["content-type"]).includes("text/html")) {
        expect(policy, label).toBe("frame-ancestors 'none'");
        expect(res.headers["x-frame-options"], label).toBe("DENY");
      }
      // Follow redirects (Next's own carry no headers): where they end is an embed itself, which
      // may be framed, or an answer that refuses framing.
      let answer = res;
      let at = new URL(target, urlFor("/"));
      for (let hop = 0; answer.status >= 300 && answer.status < 400 && answer.headers.location; hop += 1) {
        expect(hop, `${label}: too many redirects`).toBeLessThan(5);
        at = new URL(answer.headers.location, at);
        if (isFrameablePath(at.pathname)) break;
        answer = await plainRequest(e2eContext().baseURL, `${at.pathname}${at.search}`);
        if (answer.status < 300 || answer.status >= 400) {
          expect(frameAncestors(answer.headers["content-security-policy"] as string), `${label} -> ${at.pathname}`).toBe("frame-ancestors 'none'");
        }
      }
    }
  });

  it.each([...EMBED_PATHS])("%s is cached like the other public views, and never for an editor's cookie", async (p) => {
    const anonymous = await plainRequest(e2eContext().baseURL, `${p}?date=2025-09-04`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers["cache-control"]).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    const personalHeaders: Record<string, string>[] = [{ cookie: "better-auth.session_token=x" }, { authorization: "Bearer x" }];
    for (const headers of personalHeaders) {
      const personal = await plainRequest(e2eContext().baseURL, `${p}?date=2025-09-04`, headers);
      expect(personal.status).toBe(200);
      expect(personal.headers["cache-control"], JSON.stringify(headers)).not.toContain("public");
      expect([PERSONAL_CACHE_CONTROL, "private, no-cache, no-store, max-age=0, must-revalidate"]).toContain(personal.headers["cache-control"]);
    }
  });
});

describe("framed from another site", () => {
  it("draws the map with each country in its stance on the URL's seed date", async () => {
    const date = seedDate();
    const expected = decidingRows(date);
    const page = await newPage();
    const frame = await framed(page, `/embed/map?date=${date}&known=${encodeURIComponent(seedKnown())}`);
    await frame.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 20_000 });
    const painted = Object.fromEntries(
      await frame.$$eval("path[data-iso3][data-stance]", (els) => els.map((e) => [e.getAttribute("data-iso3")!, e.getAttribute("data-stance")!])),
    );
    let stated = 0;
    for (const [iso3, stance] of Object.entries(painted)) {
      expect(stance, iso3).toBe(expected.get(iso3)?.stance ?? "none");
      if (stance !== "none") stated += 1;
    }
    // Every country with a statement that has a shape is painted (small states may have none).
    expect(stated).toBe([...expected.keys()].filter((iso3) => iso3 in painted).length);
    expect(stated).toBeGreaterThan(expected.size / 2);
    // Minimal chrome: a title line with the date, the legend, a link back; no site navigation.
    expect(await frame.locator(".site-header, .site-footer").evaluateAll((els) => els.map((e) => getComputedStyle(e).display))).toEqual(["none", "none"]);
    expect(await frame.locator("[data-legend-key]").count()).toBeGreaterThan(1);
    const back = frame.getByRole("link", { name: "Coalition Tracker ↗" });
    expect(await back.getAttribute("target")).toBe("_blank");
    expect(await back.getAttribute("rel")).toContain("noopener");
    const href = new URL((await back.getAttribute("href"))!, urlFor("/"));
    expect(href.pathname).toBe("/");
    expect(href.searchParams.get("date")).toBe(date);
    // Frozen: the pages' frozen note, its instant written for people, its link the same embed live.
    const note = frame.getByTestId("frozen-note");
    expect(await note.innerText()).toContain(`as it was known at ${formatFrozenInstant(Date.parse(seedKnown()))};`);
    expect(await note.innerText()).not.toContain(new Date(seedKnown()).toISOString());
    const live = new URL((await note.getByRole("link", { name: "Show live data" }).getAttribute("href"))!, urlFor("/"));
    expect(live.pathname).toBe("/embed/map");
    expect(live.searchParams.get("date")).toBe(date);
    expect(live.searchParams.has("known")).toBe(false);
  });

  it("opens a link to any other page in a new tab, never inside the other site's frame", async () => {
    const page = await newPage();
    const frame = await framed(page, "/embed/map?date=2026-01-07");
    await frame.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 20_000 });
    const embedUrl = frame.url();
    for (const link of [frame.getByRole("link", { name: "What the categories mean" }), frame.getByRole("link", { name: "Coalition Tracker ↗" })]) {
      const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
      await tab.waitForLoadState("domcontentloaded");
      expect(new URL(tab.url()).origin).toBe(new URL(e2eContext().baseURL).origin);
      expect(new URL(tab.url()).pathname).not.toMatch(/^\/embed\//);
      await tab.close();
      // The frame still holds the embed, with no site navigation drawn into it.
      expect(frame.url()).toBe(embedUrl);
      expect(await frame.locator(".site-header").evaluate((e) => getComputedStyle(e).display)).toBe("none");
    }
  });

  it("draws the map at 390 px wide without widening the frame", async () => {
    const page = await newPage();
    const frame = await framed(page, "/embed/map?date=2026-01-07", { w: 390, h: 520 });
    await frame.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 20_000 });
    const size = await frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.client).toBeLessThanOrEqual(390);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    const map = await frame.locator(".leaflet-container").boundingBox();
    expect(map!.width).toBeGreaterThan(300);
  });

  it("draws the coalition chart and the contributions chart for the URL's date", async () => {
    const date = seedDate();
    const page = await newPage();
    const coalition = await framed(page, `/embed/chart/coalition?date=${date}`);
    await coalition.locator('[data-testid="coalition-chart"] svg.recharts-surface').first().waitFor({ timeout: 20_000 });
    // A day on which some position names a contribution (else there is no bar chart to draw).
    const offerDate = seedChangeDates().findLast((d) => seedOffers(d).size > 0 && d !== seedChangeDates().at(-1)) ?? seedChangeDates().at(-1)!;
    expect(seedOffers(offerDate).size).toBeGreaterThan(0);
    const contributions = await framed(page, `/embed/chart/contributions?date=${offerDate}`);
    await contributions.locator('[data-testid="contributions-chart"] svg.recharts-surface').first().waitFor({ timeout: 20_000 });
    expect(await contributions.getByTestId("contributions-chart").getAttribute("data-date")).toBe(offerDate);
    // Its table counts, per contribution, the countries whose deciding seed row names it.
    const rows = await contributions.$$eval("[data-contribution]", (els) => els.map((e) => [e.getAttribute("data-contribution")!, Number(e.querySelector("td.num")?.textContent)] as const));
    expect(rows.length).toBeGreaterThan(0);
    const offers = seedOffers(offerDate);
    for (const [key, count] of rows) expect(count, key).toBe(offers.get(key) ?? 0);
  });

  it("refuses to be framed anywhere else: the frame never holds the app", async () => {
    const page = await newPage();
    for (const target of ["/", "/?date=2026-01-07", "/countries/FRA", "/admin/login", "/EMBED/map", "/embed%2Fmap", "/compare"]) {
      const frame = await framed(page, target);
      // Chromium replaces a refused frame's document with its own error page.
      expect(frame.url(), target).not.toBe(urlFor(target));
      expect(await frame.locator("body *").evaluateAll((els) => els.some((e) => e.matches(".site-header, main#main"))), target).toBe(false);
    }
  });
});

describe("the dashboard's Embed control", () => {
  it("gives the iframe code of the current view, follows the view, and the code draws", async () => {
    const page = await newPage();
    await page.goto("/?date=2025-09-04");
    await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 20_000 });
    await page.locator("details.embed-code > summary").click();
    const snippet = page.locator("textarea.embed-snippet");
    const src = async () => new URL(/src="([^"]+)"/.exec(await snippet.inputValue())![1]!.replace(/&amp;/g, "&"));
    expect((await src()).origin).toBe(new URL(e2eContext().baseURL).origin);
    expect((await src()).pathname).toBe("/embed/map");
    expect((await src()).searchParams.get("date")).toBe("2025-09-04");
    // The view changes (a legend filter, then the date): the code follows.
    await page.locator('[data-legend-key="troops"]').click();
    await expect.poll(async () => (await src()).searchParams.get("stances")).toBe("troops");
    await page.goto("/?date=2026-01-07&official=1");
    await page.locator("details.embed-code > summary").click();
    await page.getByLabel("Coalition chart").check();
    await expect.poll(async () => (await src()).pathname).toBe("/embed/chart/coalition");
    const coalition = await src();
    expect(coalition.searchParams.get("date")).toBe("2026-01-07");
    expect(coalition.searchParams.get("official")).toBe("1");
    // The code works when pasted into another site.
    const frame = await framed(page, `${coalition.pathname}${coalition.search}`);
    await frame.locator('[data-testid="coalition-chart"] svg.recharts-surface').first().waitFor({ timeout: 20_000 });
  });

  it("is there without JavaScript, for the server-rendered view", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?date=2025-09-04&group=nato");
    await page.locator("details.embed-code > summary").click();
    const code = await page.locator("textarea.embed-snippet").inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&"));
    expect(src.origin).toBe(new URL(e2eContext().baseURL).origin);
    expect(src.pathname).toBe("/embed/map");
    expect(Object.fromEntries(src.searchParams)).toEqual({ date: "2025-09-04", group: "nato" });
  });
});
