/**
 * The cited dataset in the seed, as a reader meets it on a fresh server: at least 35 countries with a
 * position on 2026-01-08, each deciding statement citing its sources (a link wherever a source has
 * an address); the counts for 4 Sep 2025 and 6 Jan 2026 as the seed file's coding gives them
 * (computed here from db/seed/reconciled.csv); every dataset row in the export once; a claim reported
 * several times showing its source count in the panel and on its page, listing each; no deciding
 * statement on 2026-01-08 without a source a reader can open.
 *
 * Other e2e files write to the same server; the as-of reads here pass `known` = the instant the seed
 * finished, so they see the seeded data only.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { e2eContext, urlFor } from "./support/context";
import { setupBrowser } from "./support/browser";

const { newPage } = setupBrowser();

type Row = Record<string, string>;
const read = (name: string) => fs.readFileSync(path.join(process.cwd(), "db", "seed", name), "utf8");
const records = (text: string): Row[] => {
  const header = text.slice(0, text.indexOf("\n")).trim().split(",");
  return parseCsv(text, { columns: header, required: [] }).rows.map((r) => r.record);
};
const seed = records(read("reconciled.csv"));
const dataset = records(read("dataset-2025-2026.csv"));
const more = (r: Row): { title: string; url: string | null }[] => (r.more_sources ? JSON.parse(r.more_sources) : []);
const urls = (r: Row) => [r.source_url, ...more(r).map((m) => m.url)].filter((u): u is string => !!u);

/** Each country's deciding row on `date`: its latest statement stated by then (month = its first day), the later-recorded (later in the file) on a tie. */
function decidingRows(date: string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of seed) {
    const from = /^\d{4}-\d{2}$/.test(r.stated_on!) ? `${r.stated_on}-01` : r.stated_on!;
    if (from > date) continue;
    const prev = out.get(r.country!);
    const prevFrom = prev ? (/^\d{4}-\d{2}$/.test(prev.stated_on!) ? `${prev.stated_on}-01` : prev.stated_on!) : "";
    if (!prev || from >= prevFrom) out.set(r.country!, r);
  }
  return out;
}
const countsOf = (rows: Iterable<{ stance?: string }>) => {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.stance!] = (counts[r.stance!] ?? 0) + 1;
  return counts;
};

type ApiSource = { title: string; url: string | null };
type ApiRow = { iso3: string; stance: string; statementId: number; source: ApiSource; sources: ApiSource[] };

let known = "";
beforeAll(() => {
  const db = new Database(e2eContext().databasePath, { readonly: true, fileMustExist: true });
  const at = db.prepare("select max(recorded_at) from statements where recorded_by = 'seed'").pluck().get() as number;
  db.close();
  known = new Date(at).toISOString();
});

async function stances(date: string): Promise<ApiRow[]> {
  const res = await fetch(urlFor(`/api/v1/stances?date=${date}&known=${encodeURIComponent(known)}`), { signal: AbortSignal.timeout(15_000) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { countries: ApiRow[] }).countries;
}

describe("the cited dataset in the seed", () => {
  it("gives at least 35 countries a position on 2026-01-08, each decided as the seed file says and citing its sources", async () => {
    const expected = decidingRows("2026-01-08");
    expect(expected.size).toBeGreaterThanOrEqual(35);
    const rows = await stances("2026-01-08");
    expect(rows.length).toBeGreaterThanOrEqual(35);
    expect(Object.fromEntries(rows.map((r) => [r.iso3, r.stance]))).toEqual(Object.fromEntries([...expected].map(([iso3, r]) => [iso3, r.stance])));
    for (const r of rows) {
      const row = expected.get(r.iso3)!;
      expect(r.sources[0]).toEqual(r.source);
      expect(r.sources.map((s) => s.url).filter(Boolean), r.iso3).toEqual(urls(row));
      for (const u of urls(row)) expect(u).toMatch(/^https?:\/\//);
    }
    // Every deciding statement cites at least one source a reader can open: Denmark's and Estonia's
    // claim of 4 Sep 2025 comes from an address-less seed article, and cites the report an editor
    // found for it (db/seed/corroborations.csv) as its corroborating source.
    expect([...expected].filter(([, r]) => urls(r).length === 0).map(([iso3]) => iso3)).toEqual([]);
    for (const iso3 of ["DNK", "EST"]) {
      const r = rows.find((x) => x.iso3 === iso3)!;
      expect(r.source.url, iso3).toBeNull();
      expect(r.sources.slice(1).some((s) => /^https:\/\//.test(s.url ?? "")), iso3).toBe(true);
    }
  });

  it("shows those countries in the dashboard's table, every source with an address as an outbound link", { timeout: 60_000 }, async () => {
    const page = await newPage();
    await page.goto(`/?view=table&date=2026-01-08&known=${encodeURIComponent(known)}`);
    const expected = decidingRows("2026-01-08");
    await expect.poll(() => page.locator("tr[data-iso3][data-stance]").count(), { timeout: 15_000 }).toBe(expected.size);
    for (const [iso3, row] of expected) {
      const links = await page.locator(`tr[data-iso3="${iso3}"] [data-testid="citations"] a[href^="http"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links, iso3).toEqual(urls(row));
    }
  });

  it.each(["2025-09-04", "2026-01-06"])("counts %s as the seed file's coding gives, in the API and the dashboard", { timeout: 60_000 }, async (date) => {
    const expected = countsOf(decidingRows(date).values());
    expect(countsOf(await stances(date))).toEqual(expected);
    const page = await newPage();
    await page.goto(`/?view=table&date=${date}&known=${encodeURIComponent(known)}`);
    await page.locator("tr[data-iso3][data-stance]").first().waitFor();
    for (const [stance, n] of Object.entries(expected)) {
      expect(await page.locator(`tr[data-iso3][data-stance="${stance}"]`).count(), stance).toBe(n);
    }
    // Germany on 6 Jan 2026 counts under troops, as the dataset codes it.
    if (date === "2026-01-06") expect((await stances(date)).find((r) => r.iso3 === "DEU")?.stance).toBe("troops");
  });

  it("exports every dataset row (country, date, stance) exactly once", async () => {
    const res = await fetch(urlFor("/api/v1/export.csv"), { signal: AbortSignal.timeout(15_000) });
    expect(res.status).toBe(200);
    const exported = records(await res.text());
    const key = (r: Row) => `${r.country}|${r.stated_on}|${r.stance}`;
    const counts = new Map<string, number>();
    for (const r of exported) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    for (const r of dataset) expect(counts.get(key(r)), key(r)).toBe(1);
  });

  it("shows the source count for a claim two seed articles and a found report give (the UK, 4 Sep 2025), in the panel and on its page, listing each", { timeout: 60_000 }, async () => {
    const row = seed.find((r) => r.country === "GBR" && r.stated_on === "2025-09-04")!;
    const titles = [row.source_title!, ...more(row).map((m) => m.title)];
    expect(titles).toHaveLength(3);
    const gbr = (await stances("2025-09-04")).find((r) => r.iso3 === "GBR")!;
    expect(gbr.sources.map((s) => s.title)).toEqual(titles);

    const page = await newPage();
    await page.goto(`/?country=GBR&date=2025-09-04&known=${encodeURIComponent(known)}`);
    const cited = page.locator('aside.country-panel [data-testid="citations"]').first();
    await cited.waitFor();
    expect(await cited.locator(".citations-count").innerText()).toBe("3 sources");
    expect(await cited.locator("li cite, li a").allInnerTexts()).toEqual(titles);

    await page.goto(`/statements/${gbr.statementId}`);
    expect(await page.locator("h2", { hasText: "3 sources" }).count()).toBe(1);
    const listed = page.locator('[data-testid="statement-sources"] > li');
    expect(await listed.count()).toBe(3);
    expect(await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-role")))).toEqual(["primary", "corroborating", "corroborating"]);
    for (const [i, title] of titles.entries()) expect(await listed.nth(i).innerText()).toContain(title);
  });

  it("shows France on 4 Sep 2025 once, citing the dataset's report first and both seed articles", async () => {
    const fra = (await stances("2025-09-04")).find((r) => r.iso3 === "FRA")!;
    expect(fra.sources).toHaveLength(3);
    expect(fra.source.url).toBe(dataset.find((r) => r.country === "FRA" && r.stated_on === "2025-09-04")!.source_url);
  });
});
