/**
 * Security headers on every response of the production server (pages, API, static files, errors),
 * and proof that the Content-Security-Policy does not break the app: every page hydrates with no
 * CSP violation and no script error, charts render, and image routes still answer with images.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMBED_PATH_PREFIX, tileImageSource } from "@/lib/http/security-headers";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";
import { MIN_BUILT_PAGES, MIN_BUILT_ROUTES, builtRoutes, fillRoute, seedValue } from "./support/routes";

const { newPage } = setupBrowser();
const routes = builtRoutes();
const pages = routes.filter((r) => r.kind === "page");

// The build allows images from the map's tile server when one was configured (next.config.ts).
const imageSources = [tileImageSource(process.env.NEXT_PUBLIC_TILE_URL)].filter((s) => s !== null);

function expectSecurityHeaders(res: Response, label: string): void {
  const framable = new URL(res.url).pathname.startsWith(EMBED_PATH_PREFIX);
  expect(res.headers.get("content-security-policy"), label).toBe(contentSecurityPolicy({ frameable: framable, imageSources }));
  expect(res.headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(res.headers.get("referrer-policy"), label).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("x-frame-options"), label).toBe(framable ? null : "DENY");
  expect(res.headers.get("content-security-policy"), label).not.toContain("unsafe-eval");
}

/** Records CSP violations (as the page reports them) and console errors from the first script on. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; console: string[]; failed: string[] }> {
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  page.on("console", (m) => {
    // Cancelled prefetches are not failures (see below); any other failed load is, including
    // ones Playwright reports no response for (the browser's own favicon request).
    if (m.text().includes("net::ERR_ABORTED")) return;
    if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  // Next cancels link prefetches it no longer needs (net::ERR_ABORTED): not a failure.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") failed.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    console: consoleErrors,
    failed,
  };
}

describe("security headers", () => {
  it("finds the build's routes to check", () => {
    expect(routes.length).toBeGreaterThanOrEqual(MIN_BUILT_ROUTES);
    expect(pages.length).toBeGreaterThanOrEqual(MIN_BUILT_PAGES);
  });

  it.each(routes.map((r) => [r.path, r] as const))("are on %s", async (_p, route) => {
    const res = await fetch(urlFor(fillRoute(route, seedValue)), { redirect: "manual" });
    expect(res.status).toBeLessThan(500);
    expectSecurityHeaders(res, route.path);
  });

  it("are on static files, 404s, API errors and non-GET answers too", async () => {
    const html = await (await fetch(urlFor("/"))).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();
    const responses = await Promise.all([
      fetch(urlFor(chunk!)),
      fetch(urlFor("/no-such-page")),
      fetch(urlFor("/api/v1/stances?date=2025-02-30")),
      fetch(urlFor("/api/v1/stances"), { method: "POST" }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 404, 400, 405]);
    for (const res of responses) expectSecurityHeaders(res, res.url);
  });
});

describe("the policy does not break the app", () => {
  it.each(pages.map((r) => [r.path, r] as const))("%s hydrates with no CSP violation or script error", async (_p, route) => {
    const page = await newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const seen = await watch(page);
    const res = await page.goto(fillRoute(route, seedValue), { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    // React marks the container it hydrated with a "_reactListening…" key: proof that the inline
    // bootstrap scripts and the chunks all ran under the policy.
    await expect
      .poll(() => page.evaluate(() => Object.keys(document).some((k) => k.startsWith("_reactListening"))), { timeout: 15_000 })
      .toBe(true);
    await page.waitForLoadState("networkidle");
    expect(await seen.violations()).toEqual([]);
    expect(seen.console).toEqual([]);
    expect(seen.failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("renders the client-side charts on the home page (scripts loaded through next/dynamic)", async () => {
    const page = await newPage();
    const seen = await watch(page);
    await page.goto("/");
    await page.getByTestId("contributions-chart").scrollIntoViewIfNeeded(); // drawn when neared
    await page.locator("svg.recharts-surface").first().waitFor({ timeout: 20_000 });
    expect(await seen.violations()).toEqual([]);
  });

  it("blocks inline event handlers even if markup were ever injected (script-src-attr 'none')", async () => {
    const page = await newPage();
    const seen = await watch(page);
    await page.goto("/");
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __handlerRan?: boolean };
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__handlerRan = true");
      img.src = "data:,not-an-image";
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 500));
      return w.__handlerRan === true;
    });
    expect(ran).toBe(false);
    expect((await seen.violations()).some((v) => v.startsWith("script-src-attr"))).toBe(true);
  });

  const images = routes.filter((r) => /(opengraph-image|twitter-image|icon|apple-icon|^\/og$)/.test(r.path));
  it("image routes (link-preview image, icons) still answer with images", async () => {
    // The build has the icon (app/icon.svg) and the link-preview image (/og): not finding them
    // means the route list is wrong, not that there is nothing to check.
    expect(images.map((r) => r.path), "image routes in the build").toEqual(expect.arrayContaining(["/icon.svg", "/og"]));
    for (const route of images) {
      const res = await fetch(urlFor(`${fillRoute(route, seedValue)}?date=2025-09-05`));
      expect(res.status, route.path).toBe(200);
      expect(res.headers.get("content-type"), route.path).toMatch(/^image\//);
    }
  });
});
