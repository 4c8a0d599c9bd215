/**
 * Stored hostile text is rendered as inert text everywhere. A statement whose every free-text
 * field (quote, its language, conditions, speaker, note, contributions, source title and
 * publisher, author, edit reason) holds script tags, event-handler markup and the like, and whose
 * source URL is `javascript:`, is written straight through the data layer (no validation: as bad
 * data from an old import would be), then every page that can show it is opened in Chromium:
 * no dialog opens, no injected script or handler runs, no element carries an `on…` attribute,
 * no link leads anywhere but http(s), and the hostile text is visible as text. The API returns it
 * verbatim as JSON, the CSV export as a download with formulas made inert.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createStatement, editStatement, type StatementInput } from "@/db/statements";
import type { ContributionKey } from "@/lib/types";
import { INERT_TEXT } from "../tests/support/hostile-input";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { snapshotDatabase } from "./support/db-snapshot";
import { MIN_BUILT_PAGES, builtRoutes, fillRoute, seedValue } from "./support/routes";

const { newPage } = setupBrowser();

const SCRIPT = INERT_TEXT["script tag"]!;
const IMG = INERT_TEXT["img onerror"]!;
const BREAKOUT = INERT_TEXT["attribute breakout"]!;
const CLOSING = INERT_TEXT["closing tags"]!;
const FORMULA = INERT_TEXT["spreadsheet formula"]!;
const JS_URL = "javascript:window.__pwned='href'";
const ODD_HTTP_URL = `https://example.org/?q="><script>window.__pwned='url'</script>&x='`;

const input: StatementInput = {
  countryIso3: "ISL",
  statedOn: "2025-09-10",
  statedOnPrecision: "day",
  stance: "troops",
  // Not a contribution key at all: the data layer stores what it is given; pages must still escape it.
  contributions: [IMG as ContributionKey],
  conditions: CLOSING,
  quote: SCRIPT,
  quoteLanguage: `en" onmouseover="window.__pwned='lang'`,
  speaker: BREAKOUT,
  confidence: "high",
  note: `${FORMULA} ${IMG}`,
  source: { title: SCRIPT, publisher: IMG, url: JS_URL, publishedOn: "2025-09-10" },
};

let restore: () => Promise<void>;
let statementId: number;
let sourceId: number;
let oddSourceId: number;

beforeAll(async () => {
  const { databasePath } = e2eContext();
  restore = await snapshotDatabase(databasePath);
  const db = openDatabase(databasePath);
  try {
    const created = createStatement(db, input, "<script>window.__pwned='actor'</script>");
    statementId = created.current.id;
    sourceId = created.current.source.id;
    // A second version, so version histories and diffs show the hostile values and reason too.
    editStatement(db, statementId, 1, { ...input, speaker: CLOSING }, `<img src=x onerror="window.__pwned='editor'">`, IMG);
    const odd = createStatement(
      db,
      { ...input, countryIso3: "NOR", quote: "A source whose address has markup characters", source: { title: "Odd URL", publisher: null, url: ODD_HTTP_URL, publishedOn: null } },
      "hostile-render",
    );
    oddSourceId = odd.current.source.id;
  } finally {
    db.$client.close();
  }
});

afterAll(async () => {
  await restore?.();
});

/**
 * Opens a page and checks that nothing hostile became live; returns the page's visible text.
 * `shows` is hostile text the page must display (parts of the dashboard fetch it after hydration).
 */
async function openInert(page: Page, pathname: string, shows?: string): Promise<string> {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await page.goto(pathname, { waitUntil: "load" });
  expect(res?.status(), pathname).toBe(200);
  // Hydrated: every script of the page has run, so an injected one would have run by now too.
  await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")), null, { timeout: 15_000 });
  if (shows) await page.getByText(shows, { exact: false }).first().waitFor({ timeout: 15_000 });
  // Hover everything once: a handler smuggled into an attribute would fire now.
  await page.evaluate(() => document.querySelectorAll("*").forEach((el) => el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }))));
  // Inline handlers run inside dispatchEvent; what they or React queued runs by the next frame
  // and the task after it, so wait for those rather than a fixed time.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName}[${a.name}]`),
    ),
    links: [...document.querySelectorAll("a[href], area[href]")]
      // The table's CSV download is a data: address the page builds from the rows (text/csv, a
      // download, never a document), not a value from the database: the one non-http link allowed.
      .filter((a) => !(a.hasAttribute("download") && (a as HTMLAnchorElement).href.startsWith("data:text/csv;charset=utf-8,")))
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((href) => !/^https?:/i.test(href)),
    injected: [...document.querySelectorAll("script")].filter((s) => s.textContent?.trim().startsWith("window.__pwned")).length,
    images: document.querySelectorAll('img[src="x"], svg[onload]').length,
    text: document.body.innerText,
  }));
  expect(dialogs, pathname).toEqual([]);
  expect(found.pwned, pathname).toBeNull();
  expect(found.handlers, pathname).toEqual([]);
  expect(found.links, pathname).toEqual([]);
  expect(found.injected, pathname).toBe(0);
  expect(found.images, pathname).toBe(0);
  return found.text;
}

describe("stored hostile text is inert on every page that shows it", () => {
  it("dashboard: the country's panel (fetched by the browser) and the table view", async () => {
    const panel = await openInert(await newPage(), "/?date=2025-09-11&country=ISL", SCRIPT);
    expect(panel).toContain(SCRIPT);
    const table = await openInert(await newPage(), "/?date=2025-09-11&view=table", SCRIPT);
    expect(table).toContain(SCRIPT);
    expect(table).toContain(CLOSING);
  });

  it("compare view across the statement's date", async () => {
    const page = await newPage();
    const text = await openInert(page, "/compare?date=2025-09-01&compare=2025-09-11", SCRIPT);
    expect(text).toContain(SCRIPT);
    // Shown as text in Iceland's row of the moves, where the deciding statement is cited.
    expect(await page.locator('[data-testid="compare-transitions"] tr[data-iso3="ISL"]').innerText()).toContain(SCRIPT);
  });

  it("the statement page, with its version history", async () => {
    const text = await openInert(await newPage(), `/statements/${statementId}`);
    for (const value of [SCRIPT, CLOSING, BREAKOUT, IMG]) expect(text).toContain(value);
  });

  it("every page route of the build, with the hostile statement's ids filled in", { timeout: 90_000 }, async () => {
    const pages = builtRoutes().filter((r) => r.kind === "page");
    expect(pages.length).toBeGreaterThanOrEqual(MIN_BUILT_PAGES);
    for (const route of pages) {
      const pathname = fillRoute(route, (param) =>
        param === "iso3" || param === "country"
          ? "ISL"
          : param === "slug"
            ? seedValue(param) // a summit page (/events/[slug]): the seed's
            : route.path.startsWith("/sources")
              ? String(sourceId)
              : String(statementId),
      );
      await openInert(await newPage(), pathname);
    }
  });

  it("links an http(s) source address with markup characters, escaped, and never the javascript: one", async () => {
    const page = await newPage();
    await openInert(page, `/sources/${oddSourceId}`);
    const hrefs = await page.locator("a[href^='https://example.org/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(ODD_HTTP_URL);
    await openInert(page, `/sources/${sourceId}`);
    expect(await page.locator("a[href*='__pwned']").count()).toBe(0);
  });
});

describe("stored hostile text through the API and the export", () => {
  it("returns it verbatim as JSON", async () => {
    const res = await fetch(urlFor(`/api/v1/statements/${statementId}`));
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { current: { quote: string; speaker: string; note: string; source: { title: string; url: string } } };
    expect(body.current.quote).toBe(SCRIPT);
    expect(body.current.speaker).toBe(CLOSING);
    expect(body.current.note).toBe(input.note);
    expect(body.current.source.title).toBe(SCRIPT);
    const stances = (await (await fetch(urlFor("/api/v1/stances?date=2025-09-11"))).json()) as { countries: { iso3: string; quote: string }[] };
    expect(stances.countries.find((c) => c.iso3 === "ISL")?.quote).toBe(SCRIPT);
  });

  it("serves the CSV as a download, never as a page, with the formula made inert", async () => {
    const res = await fetch(urlFor("/api/v1/export.csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const csv = await res.text();
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
