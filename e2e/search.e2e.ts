/**
 * Full-text search end to end against the production build: from the dashboard's search box (a GET
 * form) to /search, a German word of a seed quote and an English word of its translation are found
 * and highlighted, and the result links to its statement page and to the dashboard at its date;
 * the page is whole without JavaScript; markup in a quote is text; known= searches the data of
 * its time; the JSON API answers the same and refuses bad input with 400 {error}.
 * Writes one statement straight through db/; the shared database is restored afterwards.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createStatement } from "@/db/statements";
import { foldText } from "@/lib/search/query";
import { formatFrozenInstant } from "@/lib/format/known-label";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { seedRows } from "./support/seed-expect";

const { newPage } = setupBrowser();
restoresSharedDatabase();

/** A seed statement quoted in German with an English translation, and a long word of each. */
const row = seedRows.find((r) => r.quote_language === "de" && r.quote_translation && r.quote)!;
const longWord = (text: string) => text.split(/[^\p{L}]+/u).find((w) => w.length >= 8)!;
const GERMAN = longWord(row.quote!);
const ENGLISH = longWord(row.quote_translation!);

const HOSTILE_QUOTE = "<script>window.__pwned='search'</script> Suchtest <img src=x onerror=\"window.__pwned='img'\">";
let beforeHostile = "";

type ApiResult = { id: number; quote: string | null; statedOn: string; countryIso3: string; links: { statement: string; dashboard: string }; highlights: Record<string, string> };
type ApiPage = { terms: string[]; results: ApiResult[]; next: number | null };

async function api(q: string, extra = ""): Promise<ApiPage> {
  const res = await fetch(urlFor(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`));
  expect(res.status).toBe(200);
  return (await res.json()) as ApiPage;
}

beforeAll(() => {
  beforeHostile = new Date(Date.now() - 1).toISOString();
  const db = openDatabase(e2eContext().databasePath);
  try {
    createStatement(
      db,
      { countryIso3: "ISL", statedOn: "2025-10-01", statedOnPrecision: "day", stance: "undecided", contributions: [], conditions: null, quote: HOSTILE_QUOTE, quoteLanguage: "de", speaker: null, confidence: "low", note: null, source: { title: "Suchtest-Quelle", publisher: null, url: null, publishedOn: null } },
      "search-e2e",
    );
  } finally {
    db.$client.close();
  }
});

describe("search", () => {
  it("finds a German word of a seed quote from the dashboard's search box, highlighted, with working links", { timeout: 60_000 }, async () => {
    const page = await newPage();
    await page.goto("/");
    await page.locator("#search-q").fill(GERMAN);
    await page.locator("#search-q").press("Enter");
    await page.waitForURL(/\/search\?q=/);
    const hit = page.locator(".search-result").filter({ has: page.locator(".search-quote .quote", { hasText: row.quote! }) }).first();
    await hit.waitFor();
    const marks = await hit.locator(".search-quote mark").allInnerTexts();
    expect(marks.map(foldText)).toContain(foldText(GERMAN));
    const id = Number(await hit.getAttribute("data-statement-id"));
    expect(id).toBeGreaterThan(0);

    await hit.locator(".search-dashboard-link").click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("country") === row.country && u.searchParams.has("date"));
    expect(new URL(page.url()).searchParams.get("date")!.startsWith(row.stated_on!)).toBe(true);

    await page.goBack();
    await page.locator(`.search-result[data-statement-id="${id}"] .search-statement-link`).click();
    await page.waitForURL(new RegExp(`/statements/${id}$`));
    expect(await page.locator('[data-testid="statement-page"]').getAttribute("data-statement-id")).toBe(String(id));
  });

  it("finds an English word of the translation, highlighted in the translation", async () => {
    const page = await newPage();
    await page.goto(`/search?q=${encodeURIComponent(ENGLISH)}`);
    const hit = page.locator(".search-result").filter({ has: page.locator(".search-quote .quote", { hasText: row.quote! }) }).first();
    await hit.waitFor();
    expect((await hit.locator(".search-translation mark").allInnerTexts()).map(foldText)).toContain(foldText(ENGLISH));
  });

  it("is served whole as HTML (no JavaScript needed), with the form and the marks", async () => {
    const res = await fetch(urlFor(`/search?q=${encodeURIComponent(GERMAN)}`));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<form[^>]*action="\/search"[^>]*method="get"/);
    expect(html).toContain("<mark>");
  });

  it("shows markup in a quote as text, with the match marked", async () => {
    const page = await newPage();
    await page.goto(`/search?q=Suchtest`);
    const hit = page.locator(".search-result").filter({ hasText: "Suchtest" }).first();
    await hit.waitFor();
    expect(await hit.locator(".search-quote .quote").innerText()).toBe(HOSTILE_QUOTE);
    expect(await hit.locator(".search-quote mark").allInnerTexts()).toEqual(["Suchtest"]);
    expect(await hit.locator("script, img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  });

  it("honours known=: the data as known before a statement was recorded does not have it", async () => {
    expect((await api("Suchtest")).results).toHaveLength(1);
    expect((await api("Suchtest", `&known=${encodeURIComponent(beforeHostile)}`)).results).toHaveLength(0);
    const page = await newPage();
    await page.goto(`/search?q=Suchtest&known=${encodeURIComponent(beforeHostile)}`);
    await page.locator(".search-none").waitFor();
    expect(await page.locator('input[name="known"]').getAttribute("value")).toBe(beforeHostile);
    // The pages' frozen note (components/ui/frozen-note.tsx): the instant written for people, not as ISO.
    const note = page.getByTestId("frozen-note");
    expect(await note.innerText()).toContain(`as it was known at ${formatFrozenInstant(Date.parse(beforeHostile))};`);
    expect(await note.innerText()).not.toContain(beforeHostile);
    expect(await note.locator("time").getAttribute("datetime")).toBe(beforeHostile);
    expect(await note.getByRole("link", { name: "Show live data" }).getAttribute("href")).toBe("/search?q=Suchtest");
  });

  it("GET /api/v1/search returns the same statements as JSON, highlights escaped", async () => {
    const body = await api(GERMAN);
    const hit = body.results.find((r) => r.quote === row.quote)!;
    expect(hit).toBeDefined();
    expect(hit.links).toEqual({ statement: `/statements/${hit.id}`, dashboard: `/?date=${hit.statedOn}&country=${hit.countryIso3}` });
    expect(hit.highlights.quote).toMatch(/<mark>/);
    const hostile = (await api("Suchtest")).results[0]!;
    expect(hostile.quote).toBe(HOSTILE_QUOTE);
    expect(hostile.highlights.quote).toContain("&lt;script&gt;");
    expect(hostile.highlights.quote).not.toMatch(/<script|<img/);
  });

  it.each([
    ["", /q: enter a word/],
    ["&q=", /q: enter a word/],
    [`&q=${"x".repeat(201)}`, /q: at most 200 characters/],
    ["&q=***", /q: no letters or digits/],
    ['&q=" "', /q: no letters or digits/],
    ["&q=Truppen&limit=0", /limit: expected a whole number/],
    ["&q=Truppen&limit=51", /limit: expected a whole number/],
    ["&q=Truppen&before=-1", /before: expected a whole number/],
    ["&q=Truppen&known=yesterday", /known: expected an ISO-8601 instant/],
  ])("refuses %j with 400 and a message", async (query, message) => {
    const res = await fetch(urlFor(`/api/v1/search?x=1${query}`));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it("treats FTS5 syntax in q as text: 200, never an error", async () => {
    for (const q of ['"Truppen', 'Trup"pen', "NEAR(Truppen", "quote:Truppen", "Truppen OR", "-Truppen*", "{quote}:x", "' OR 1=1 --"]) {
      const res = await fetch(urlFor(`/api/v1/search?q=${encodeURIComponent(q)}`));
      expect(res.status, q).toBe(200);
    }
  });
});
