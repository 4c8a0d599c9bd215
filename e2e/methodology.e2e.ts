/**
 * The methodology page and checkable sources, against the seed data. The seed's five articles have
 * no web address, so two of them are given one here (restored afterwards): the aggregator's article
 * (cited by Italy) keeps its publisher and date, the NATO article (cited by Germany) loses both, to
 * show that a linked citation names its publisher and date or says they are unknown.
 */
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";

const { newPage } = setupBrowser();

const SECTION_IDS = ["categories", "dates", "confidence", "sources", "caveats", "corrections", "reuse"];
const NO_ADDRESS = /No web address: the article came without a URL or a publication date, so it cannot be linked, and its statements are dated from the events it reports\./;
const DATED_URL = "https://example.org/koalition-der-freiwilligen-methodology";
const UNDATED_URL = "http://example.org/nato-sicherheitsgarantien-methodology";

type SourceRow = { id: number; url: string | null; publisher: string | null; published_on: string | null };
let dated: SourceRow;
let undated: SourceRow;
let unlinked: SourceRow;

beforeAll(() => {
  const db = new Database(e2eContext().databasePath);
  try {
    const get = (like: string) => db.prepare("select id, url, publisher, published_on from sources where title like ?").get(like) as SourceRow;
    dated = get("Koalition der Freiwilligen%");
    undated = get("Nato und die Zukunft%");
    unlinked = get("Pariser Konferenz%");
    db.prepare("update sources set url = ? where id = ?").run(DATED_URL, dated.id);
    db.prepare("update sources set url = ?, publisher = null, published_on = null where id = ?").run(UNDATED_URL, undated.id);
  } finally {
    db.close();
  }
});

afterAll(() => {
  const db = new Database(e2eContext().databasePath);
  try {
    const restore = db.prepare("update sources set url = @url, publisher = @publisher, published_on = @published_on where id = @id");
    for (const s of [dated, undated]) if (s) restore.run(s);
  } finally {
    db.close();
  }
});

/** Every link on the page that leaves the site, with its rel attribute. */
async function outboundLinks(page: Page): Promise<{ href: string; rel: string }[]> {
  return page.locator("a[href]").evaluateAll((as) =>
    (as as HTMLAnchorElement[])
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => ({ href: a.href, rel: a.getAttribute("rel") ?? "" })),
  );
}

function expectSafeRel(links: { href: string; rel: string }[]) {
  for (const { href, rel } of links) {
    const tokens = rel.split(/\s+/);
    expect(tokens, href).toContain("noopener");
    expect(tokens, href).toContain("noreferrer");
  }
}

describe("methodology page", () => {
  it("renders every category of the API with its label, description and coding rule, in rank order", async () => {
    const res = await fetch(urlFor("/api/v1/categories"), { signal: AbortSignal.timeout(15_000) });
    const { categories } = (await res.json()) as { categories: { key: string; label: string; description: string }[] };
    expect(categories.length).toBe(7);

    const page = await newPage();
    expect((await page.goto("/methodology"))?.status()).toBe(200);
    const entries = page.locator('[data-testid="category-rules"] [data-category]');
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-category")))).toEqual([...categories.map((c) => c.key), "none"]);
    for (const c of categories) {
      const entry = page.locator(`[data-testid="category-rules"] [data-category="${c.key}"]`);
      expect(await entry.locator("dt").innerText()).toContain(c.label);
      expect(await entry.locator(".category-description").innerText()).toContain(c.description);
      const rule = (await entry.locator(".category-rule").innerText()).replace(/^Coding rule:\s*/, "");
      expect(rule.length, c.key).toBeGreaterThan(30);
      expect(rule, c.key).not.toMatch(/No coding rule/);
    }
    // The dataset's rule for Germany's offer of 6 Jan 2026, and the category that is not one.
    expect(await page.locator('[data-category="troops"] .category-rule').innerText()).toMatch(/neighbouring NATO territory/);
    expect(await page.locator('[data-category="none"]').innerText()).toMatch(/No stated position/);
  });

  it("has every section, headings in order, and the rules for dates, confidence, reconciliation and corrections", async () => {
    const page = await newPage();
    await page.goto("/methodology");
    for (const id of SECTION_IDS) {
      const section = page.locator(`section#${id}`);
      expect(await section.count(), id).toBe(1);
      expect(await section.locator("h2").count(), id).toBe(1);
    }
    const levels = await page.locator("main h1, main h2, main h3, main h4, main h5, main h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);

    const text = (id: string) => page.locator(`section#${id}`).innerText();
    expect(await text("dates")).toMatch(/on or before that date/);
    expect(await text("dates")).toMatch(/first day of that month/);
    expect(await text("confidence")).toMatch(/High[\s\S]*Medium[\s\S]*Low/);
    expect(await text("sources")).toMatch(/coding rules above decide/);
    expect(await text("sources")).toMatch(/recorded once, citing every source/);
    expect(await text("sources")).toMatch(NO_ADDRESS);
    expect(await page.locator("section#sources .seed-articles li").count()).toBe(5);
    expect(await text("caveats")).toMatch(/Cyprus, Malta, Albania, Moldova or Montenegro/);
    expect(await text("corrections")).toMatch(/new version/);
    expect(await text("corrections")).not.toMatch(/mailto:|@/);
    // How to report an error: the public form, named as the pages name it.
    expect(await text("corrections")).toMatch(/Suggest a correction/);
    expect(await text("reuse")).toMatch(/CC-BY-4\.0/);
    expect(await page.locator('#reuse a[rel~="license"]').getAttribute("href")).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  it("is reached from the footer, the legend and the table view", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.locator('footer.site-footer a[href="/methodology"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/methodology");
    await page.getByTestId("methodology").waitFor();

    await page.goto("/");
    await page.locator('.legend a[href="/methodology#categories"]').click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe("/methodology#categories");
    await page.locator("section#categories").waitFor();

    await page.goto("/?view=table");
    await page.locator('.stance-table a[href="/methodology#categories"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/methodology");
  });

  it("does not scroll sideways at 390 px", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/methodology");
    await page.getByTestId("methodology").waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});

describe("sources you can check", () => {
  it("gives every outbound link on /sources and a country page rel=noopener noreferrer", async () => {
    const page = await newPage();
    for (const path of ["/sources", "/countries/ITA", "/countries/DEU", `/sources/${dated.id}`]) {
      await page.goto(path);
      const links = await outboundLinks(page);
      expect(links.map((l) => l.href), path).toEqual(expect.arrayContaining([expect.stringMatching(/^https?:\/\/example\.org\//)]));
      expectSafeRel(links);
    }
  });

  it("names publisher and date of a linked source, or says they are unknown", async () => {
    const page = await newPage();
    await page.goto("/countries/ITA");
    const italy = page.locator(".citation", { has: page.locator(`a[href="${DATED_URL}"]`) }).first();
    expect(await italy.innerText()).toMatch(/News aggregator \(Von KI berichtet\), 6 Jan 2026/);

    await page.goto("/countries/DEU");
    const germany = page.locator(".citation", { has: page.locator(`a[href="${UNDATED_URL}"]`) }).first();
    expect(await germany.innerText()).toMatch(/publisher not recorded, date unknown/);

    await page.goto("/sources");
    const row = page.locator(`tr[data-source-id="${undated.id}"]`);
    expect(await row.innerText()).toMatch(/not recorded[\s\S]*date unknown/);
  });

  it("says plainly that a seed source has no web address, and how it was dated", async () => {
    const page = await newPage();
    await page.goto(`/sources/${unlinked.id}`);
    expect(await page.getByTestId("source-links").innerText()).toMatch(NO_ADDRESS);
    expect(await page.locator(`[data-testid="source-links"] a[href^="http"]`).count()).toBe(0);

    await page.goto("/sources");
    expect(await page.locator(`tr[data-source-id="${unlinked.id}"]`).innerText()).toMatch(NO_ADDRESS);

    // Germany cites the unlinked articles too: each such citation carries the sentence.
    await page.goto("/countries/DEU");
    const unlinkedCitations = page.locator(".citation", { hasNot: page.locator("a[href^='http']") });
    expect(await unlinkedCitations.count()).toBeGreaterThan(0);
    for (const text of await unlinkedCitations.allInnerTexts()) expect(text).toMatch(NO_ADDRESS);
  });
});
