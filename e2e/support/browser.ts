/**
 * One Chromium per e2e file (Debian's, not a Playwright download: none can be fetched here), a
 * fresh browser context per page so cookies and storage never leak between tests, and a
 * screenshot plus the page's uncaught errors in test-results/ when a test fails.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { e2eContext } from "./context";

const CHROMIUM_ARGS = [
  "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-dev-shm-usage",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const ARTIFACTS_DIR = path.resolve("test-results", "e2e-screenshots");

/** Launches headless Chromium from CHROMIUM_PATH or /usr/bin/chromium. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `e2e: no Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

type OpenPage = { context: BrowserContext; page: Page; errors: string[] };

/**
 * Registers beforeAll/afterAll hooks for one browser in the calling file and returns `newPage()`,
 * which opens a page in its own context with `baseURL` set, so `page.goto("/")` works.
 */
export function setupBrowser(): { newPage: (options?: { javaScriptEnabled?: boolean }) => Promise<Page> } {
  let browser: Browser | undefined;
  let open: OpenPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async (ctx) => {
    const pages = open;
    open = [];
    if (ctx.task.result?.state === "fail") {
      for (const [i, { page, errors }] of pages.entries()) await saveFailureArtifacts(ctx.task.name, i, page, errors);
    }
    await Promise.all(pages.map(({ context }) => context.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async newPage(options: { javaScriptEnabled?: boolean } = {}) {
      if (!browser) throw new Error("e2e: newPage() called outside a test (the browser is not launched yet)");
      const context = await browser.newContext({ baseURL: e2eContext().baseURL, locale: "en-GB", ...options });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(20_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      open.push({ context, page, errors });
      return page;
    },
  };
}

async function saveFailureArtifacts(testName: string, index: number, page: Page, errors: string[]): Promise<void> {
  const slug = testName.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 80);
  const file = path.join(ARTIFACTS_DIR, `${slug}${index ? `-${index}` : ""}.png`);
  try {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    console.log(`e2e: screenshot of "${testName}" at ${file} (url ${page.url()})`);
  } catch (err) {
    console.log(`e2e: no screenshot for "${testName}": ${(err as Error).message}`);
  }
  if (errors.length) console.log(`e2e: uncaught page errors in "${testName}":\n  ${errors.join("\n  ")}`);
}
