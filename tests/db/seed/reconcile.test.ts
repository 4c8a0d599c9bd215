/**
 * The reconciled seed file: derived from its two inputs by db/seed/reconcile.ts (the committed file
 * is what the rules give), every dataset row present once by country/date/stance, doubly reported
 * claims merged into one statement citing every source, and Germany's 6 Jan 2026 coded as the
 * dataset codes it with the seed article's reading in the note.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { applyClaimCoding, CLAIM_CODING_COLUMNS, reconcileSeed, reconcileSeedFiles, SEED_FILES } from "@/db/seed/reconcile";
import { parseStatementImport } from "@/db/statements/import-check";

const dir = path.join(process.cwd(), "db", "seed");
const read = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");
/** A CSV read with its own header (an independent reading of the files, not the importer's). */
const records = (text: string) => {
  const header = text.slice(0, text.indexOf("\n")).replace(/^\uFEFF/, "").trim().split(",");
  return parseCsv(text, { columns: header, required: [] }).rows.map((r) => r.record);
};
const dataset = records(read(SEED_FILES.dataset));
const articles = records(read(SEED_FILES.articles));
const reconciled = records(read(SEED_FILES.reconciled));
const found = records(read(SEED_FILES.corroborations));
const claim = (r: Record<string, string>) => `${r.country}|${r.stated_on}|${r.stance}`;
const more = (r: Record<string, string>): { title: string; url: string | null }[] => (r.more_sources ? JSON.parse(r.more_sources) : []);
const citedTitles = (r: Record<string, string>) => [r.source_title, ...more(r).map((m) => m.title)];

describe("the reconciled seed", () => {
  it("is the committed file: re-deriving it from the two inputs gives the same bytes", () => {
    expect(reconcileSeedFiles(read(SEED_FILES.dataset), read(SEED_FILES.articles), read(SEED_FILES.datasetClaims), read(SEED_FILES.corroborations))).toBe(read(SEED_FILES.reconciled));
  });

  it("imports cleanly through the real import check", () => {
    const parsed = parseStatementImport(Buffer.from(read(SEED_FILES.reconciled)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it("holds every dataset row exactly once by country, date and stance, with the dataset's 35 countries", () => {
    expect(dataset.length).toBe(92);
    const counts = new Map<string, number>();
    for (const r of reconciled) counts.set(claim(r), (counts.get(claim(r)) ?? 0) + 1);
    for (const r of dataset) expect(counts.get(claim(r)), claim(r)).toBe(1);
    expect(new Set(reconciled.map((r) => r.country)).size).toBeGreaterThanOrEqual(35);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("cites every input row's source: each dataset and article row is a primary or a corroborating source of the statement for its country and day", () => {
    for (const row of [...dataset, ...articles, ...found]) {
      const holders = reconciled.filter((r) => r.country === row.country && r.stated_on === row.stated_on && citedTitles(r).includes(row.source_title!));
      expect(holders.length, `${claim(row)} ${row.source_title}`).toBe(1);
    }
  });

  it("merges a claim reported by the dataset and two seed articles (France, 4 Sep 2025): the dataset row primary, both articles corroborating", () => {
    const fra = reconciled.filter((r) => r.country === "FRA" && r.stated_on === "2025-09-04");
    expect(fra).toHaveLength(1);
    const dsRow = dataset.find((r) => r.country === "FRA" && r.stated_on === "2025-09-04")!;
    expect(fra[0]!.source_url).toBe(dsRow.source_url);
    const articleTitles = articles.filter((r) => r.country === "FRA" && r.stated_on === "2025-09-04").map((r) => r.source_title);
    expect(articleTitles).toHaveLength(2);
    expect(more(fra[0]!).map((m) => m.title)).toEqual(articleTitles);
  });

  it("merges two seed articles reporting the same claim (the UK, 4 Sep 2025) into one statement citing both (and the report an editor found for it)", () => {
    const gbr = reconciled.filter((r) => r.country === "GBR" && r.stated_on === "2025-09-04");
    expect(gbr).toHaveLength(1);
    const sameClaim = (r: Record<string, string>) => r.country === "GBR" && r.stated_on === "2025-09-04";
    expect(citedTitles(gbr[0]!)).toEqual([...articles.filter(sameClaim), ...found.filter(sameClaim)].map((r) => r.source_title));
  });

  it("codes Germany on 6 Jan 2026 as the dataset does (troops) and keeps the seed article's reading in the note", () => {
    const deu = reconciled.filter((r) => r.country === "DEU" && r.stated_on === "2026-01-06");
    expect(deu).toHaveLength(1);
    expect(deu[0]!.stance).toBe(dataset.find((r) => r.country === "DEU" && r.stated_on === "2026-01-06")!.stance);
    expect(deu[0]!.stance).toBe("troops");
    const article = articles.find((r) => r.country === "DEU" && r.stated_on === "2026-01-06")!;
    expect(article.stance).toBe("support_only");
    expect(deu[0]!.note).toContain(`The seed article '${article.source_title}'`);
    expect(deu[0]!.note).toMatch(/reads this as support without deployment \(support_only\)/);
    expect(more(deu[0]!).map((m) => m.title)).toEqual([article.source_title]);
  });

  it("adds each found source to the seed claim it reports, as a corroborating source with its address, and to no other", () => {
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.source_url, claim(f)).toMatch(/^https:\/\//);
      const holders = reconciled.filter((r) => claim(r) === claim(f));
      expect(holders, claim(f)).toHaveLength(1);
      expect(holders[0]!.source_title).not.toBe(f.source_title);
      expect(more(holders[0]!).map((m) => m.url), claim(f)).toContain(f.source_url);
      expect(holders[0]!.note).toContain(`Also reported by '${f.source_title}'`);
    }
    // Denmark and Estonia on 4 Sep 2025: the seed article had no address; the claim now has one.
    for (const iso3 of ["DNK", "EST"]) {
      const r = reconciled.find((x) => x.country === iso3 && x.stated_on === "2025-09-04")!;
      expect(r.source_url).toBe("");
      expect(more(r).some((m) => m.url?.startsWith("https://")), iso3).toBe(true);
    }
  });

  it("refuses a found source that reports no claim of the seed (it never makes a statement of its own)", () => {
    const a = { country: "EST", stated_on: "2025-09-04", stance: "troops", quote: "q", source_title: "A", source_publisher: "", source_url: "", source_published_on: "", note: "" };
    const f = { ...a, source_title: "F", source_url: "https://example.org/f" };
    expect(reconcileSeed([], [a], [f]).map((r) => more(r).map((m) => m.url))).toEqual([["https://example.org/f"]]);
    for (const other of [{ ...f, stance: "undecided" }, { ...f, stated_on: "2025-09-05" }, { ...f, country: "LVA" }]) {
      expect(() => reconcileSeed([], [a], [other])).toThrow(/corroborates no claim of the seed/);
    }
  });

  it("keeps rows on other days or of other countries apart, and cites a repeated source once", () => {
    const a = { country: "EST", stated_on: "2025-09-04", stance: "troops", quote: "q", source_title: "A", source_publisher: "", source_url: "", source_published_on: "", note: "" };
    const d = { ...a, stated_on: "2025-09-05", source_title: "D", source_url: "https://example.org/d" };
    const out = reconcileSeed([d], [a, { ...a }, { ...a, country: "LVA" }]);
    expect(out.map((r) => `${r.country}|${r.stated_on}|${r.more_sources}`)).toEqual(["EST|2025-09-04|", "EST|2025-09-05|", "LVA|2025-09-04|"]);
  });
  it("fills the claim columns of dataset rows only from the coding file, and of article rows only from the articles' file", () => {
    const coding = records(read(SEED_FILES.datasetClaims));
    const key = (r: Record<string, string>) => `${r.country}|${r.stated_on}|${r.source_url}`;
    const codedKeys = new Set(coding.map(key));
    expect(codedKeys.size).toBe(coding.length);
    for (const c of coding) expect(dataset.filter((d) => key(d) === key(c)), key(c)).toHaveLength(1);
    const claims = (r: Record<string, string>) => CLAIM_CODING_COLUMNS.map((c) => r[c] ?? "");
    for (const out of reconciled) {
      const fromDataset = dataset.find((d) => key(d) === key(out));
      const fromArticle = articles.find((a) => a.country === out.country && a.stated_on === out.stated_on && a.source_title === out.source_title);
      const expected = fromDataset ? claims(coding.find((c) => key(c) === key(out)) ?? {}) : claims(fromArticle!);
      expect(claims(out), key(out)).toEqual(expected);
    }
    // The declaration's signatories pledged; nothing else is coded pledged.
    expect(reconciled.filter((r) => r.commitment === "pledged").map((r) => `${r.country}|${r.stated_on}`).sort()).toEqual(
      expect.arrayContaining(["FRA|2026-01-06", "GBR|2026-01-06"]),
    );
    expect(() => applyClaimCoding(dataset, [{ country: "FRA", stated_on: "1999-01-01", source_url: "x" }])).toThrow(/no dataset row/);
  });
});
