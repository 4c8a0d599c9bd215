/**
 * What the dashboard ships, measured from a running production server:
 * - the JavaScript its first HTML references (`<script src>` and script preloads), gzip level 9;
 * - all JavaScript a real browser loads until the map and charts are drawn (playwright-core with
 *   Debian's chromium), which includes what next/dynamic fetches after the first paint;
 * - a static asset (the map geometry): its gzip size and its Cache-Control header.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

export type JsFile = { url: string; bytes: number; gzip: number };
export type JsTotal = { files: JsFile[]; bytes: number; gzip: number };

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run"];

export function gzipSize(bytes: Buffer | string): number {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}

function total(files: JsFile[]): JsTotal {
  return { files, bytes: files.reduce((a, f) => a + f.bytes, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

/**
 * Script URLs an HTML document makes a current browser load: `<script src>` (except `nomodule`
 * ones, legacy polyfills that module-capable browsers skip) and `<link rel=preload|modulepreload
 * as=script>`.
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
    if (src && !/\bnomodule\b/i.test(m[0])) urls.add(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="(?:preload|modulepreload)"/.test(tag)) continue;
    if (/\brel="preload"/.test(tag) && !/\bas="script"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) urls.add(href);
  }
  return [...urls].map((u) => u.replace(/&amp;/g, "&"));
}

async function bodyOf(baseURL: string, url: string, root: string): Promise<Buffer> {
  const pathname = new URL(url, baseURL).pathname;
  // Build output on disk when it is there (exactly what is served), else over HTTP.
  if (pathname.startsWith("/_next/static/")) {
    const file = path.join(root, ".next", "static", decodeURIComponent(pathname.slice("/_next/static/".length)));
    if (fs.existsSync(file)) return fs.readFileSync(file);
  }
  return Buffer.from(await (await fetch(new URL(url, baseURL))).arrayBuffer());
}

/** The JavaScript referenced by the first HTML of `pagePath`, and that HTML's own gzip size. */
export async function firstHtmlJs(baseURL: string, pagePath = "/", root = process.cwd()): Promise<JsTotal & { htmlGzip: number }> {
  const res = await fetch(new URL(pagePath, baseURL));
  if (!res.ok) throw new Error(`GET ${pagePath}: HTTP ${res.status}`);
  const html = await res.text();
  const files: JsFile[] = [];
  for (const url of scriptUrls(html)) {
    const body = await bodyOf(baseURL, url, root);
    files.push({ url, bytes: body.length, gzip: gzipSize(body) });
  }
  return { ...total(files), htmlGzip: gzipSize(html) };
}

/**
 * Every script a desktop Chromium loads for `pagePath` until each of `readySelectors` is in the page
 * and no new script has arrived for `quietMs`. `ready` is false when a selector never showed.
 */
export async function jsUntilDrawn(
  baseURL: string,
  pagePath: string,
  readySelectors: string[],
  { timeoutMs = 30_000, quietMs = 1_500 } = {},
): Promise<JsTotal & { ready: boolean; missing: string[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    const pending: Promise<JsFile | null>[] = [];
    let lastScriptAt = Date.now();
    page.on("response", (r) => {
      if (r.request().resourceType() !== "script") return;
      lastScriptAt = Date.now();
      pending.push(
        r.body().then(
          (body) => ({ url: r.url(), bytes: body.length, gzip: gzipSize(body) }),
          () => null,
        ),
      );
    });
    await page.goto(new URL(pagePath, baseURL).toString(), { waitUntil: "load", timeout: timeoutMs });
    // Parts below the fold (the dashboard's charts) are drawn when the reader nears them: scroll
    // to the end as a reader would, so that their scripts count too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const missing: string[] = [];
    for (const selector of readySelectors) {
      try {
        // "attached": a painted SVG path of a tiny or off-screen country never counts as visible.
        await page.locator(selector).first().waitFor({ state: "attached", timeout: timeoutMs });
      } catch {
        missing.push(selector);
      }
    }
    while (Date.now() - lastScriptAt < quietMs) await page.waitForTimeout(250);
    const files = (await Promise.all(pending)).filter((f): f is JsFile => f !== null);
    const unique = [...new Map(files.map((f) => [f.url, f])).values()];
    return { ...total(unique), ready: missing.length === 0, missing };
  } finally {
    await browser.close();
  }
}

/** A static asset's size (raw and gzip level 9) and the Cache-Control it is served with. */
export async function staticAsset(baseURL: string, assetPath: string): Promise<{ bytes: number; gzip: number; cacheControl: string | null }> {
  const res = await fetch(new URL(assetPath, baseURL));
  if (!res.ok) throw new Error(`GET ${assetPath}: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { bytes: body.length, gzip: gzipSize(body), cacheControl: res.headers.get("cache-control") };
}
