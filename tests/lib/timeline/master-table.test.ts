import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { masterCsv } from "@/lib/timeline/master-csv";
import { MASTER_COLUMNS, ageInDays, masterRows, nextSort, parseSort, serializeSort, type MasterContext } from "@/lib/timeline/master-table";
import type { StanceRow } from "@/lib/timeline/stance-rows";

const source = { title: "Le Monde", publisher: "Le Monde", url: "https://example.org/a", publishedOn: null };
function row(over: Partial<StanceRow>): StanceRow {
  return {
    iso3: "FRA",
    name: "France",
    stance: "troops",
    statementId: 1,
    statedOn: "2025-09-04",
    statedOnPrecision: "day",
    contributions: [],
    conditions: null,
    quote: null,
    quoteLanguage: null,
    quoteTranslation: null,
    translationBy: null,
    speaker: null,
    speakerRole: null,
    commitment: null,
    sizeText: null,
    troopsMin: null,
    troopsMax: null,
    conditionKeys: [],
    confidence: "medium",
    source,
    sources: [source],
    ...over,
  };
}

const ctx: MasterContext = {
  date: "2026-01-08",
  stances: [
    { key: "troops", label: "Ground troops" },
    { key: "naval", label: "Naval support" },
    { key: "refusal", label: "Refusal" },
  ],
};

const rows = [
  row({ iso3: "TUR", name: "Türkiye", stance: "naval", statedOn: "2025-12-01", contributions: ["naval"], speaker: "Hakan Fidan", speakerRole: "minister" }),
  row({ iso3: "FRA", name: "France", stance: "troops", statedOn: "2025-09-04", contributions: ["ground", "air"], troopsMax: 10000, commitment: "pledged", conditionKeys: ["ceasefire"] }),
  row({ iso3: "ITA", name: "Italy", stance: "refusal", statedOn: "2025-03-01", statedOnPrecision: "month", conditions: "=cmd|' /C calc'!A0" }),
  row({ iso3: "GBR", name: "United Kingdom", stance: "troops", statedOn: "2025-09-04", contributions: ["ground"], troopsMin: 5000, commitment: "willing" }),
];
const names = (rs: StanceRow[]) => rs.map((r) => r.iso3);

describe("master table", () => {
  it("sorts by category (strongest first, then name) by default", () => {
    expect(names(masterRows(rows, ctx, { sort: null, q: null }))).toEqual(["FRA", "GBR", "TUR", "ITA"]);
  });

  it("sorts by every column both ways, empty cells last in both directions, ties by name", () => {
    for (const c of MASTER_COLUMNS) {
      const up = masterRows(rows, ctx, { sort: { key: c.key, desc: false }, q: null });
      const down = masterRows(rows, ctx, { sort: { key: c.key, desc: true }, q: null });
      expect(up).toHaveLength(rows.length);
      const filled = (rs: StanceRow[]) => rs.filter((r) => c.sortValue(r, ctx) !== null);
      const empties = (rs: StanceRow[]) => rs.slice(filled(rs).length);
      expect(empties(up).every((r) => c.sortValue(r, ctx) === null), c.key).toBe(true);
      expect(empties(down).every((r) => c.sortValue(r, ctx) === null), c.key).toBe(true);
    }
    expect(names(masterRows(rows, ctx, { sort: { key: "date", desc: false }, q: null }))).toEqual(["ITA", "FRA", "GBR", "TUR"]);
    expect(names(masterRows(rows, ctx, { sort: { key: "age", desc: false }, q: null }))).toEqual(["TUR", "FRA", "GBR", "ITA"]);
    expect(names(masterRows(rows, ctx, { sort: { key: "size", desc: false }, q: null }))).toEqual(["FRA", "GBR", "ITA", "TUR"]);
    expect(names(masterRows(rows, ctx, { sort: { key: "commitment", desc: false }, q: null }))).toEqual(["FRA", "GBR", "ITA", "TUR"]);
    expect(names(masterRows(rows, ctx, { sort: { key: "commitment", desc: true }, q: null }))).toEqual(["GBR", "FRA", "ITA", "TUR"]);
    expect(names(masterRows(rows, ctx, { sort: { key: "air", desc: false }, q: null }))).toEqual(["FRA", "ITA", "TUR", "GBR"]);
  });

  it("filters by every word of the text, in any column, without case or accents", () => {
    expect(names(masterRows(rows, ctx, { sort: null, q: "turkiye" }))).toEqual(["TUR"]);
    expect(names(masterRows(rows, ctx, { sort: null, q: "GROUND troops" }))).toEqual(["FRA", "GBR"]);
    expect(names(masterRows(rows, ctx, { sort: null, q: "minister fidan" }))).toEqual(["TUR"]);
    expect(names(masterRows(rows, ctx, { sort: null, q: "ceasefire pledged" }))).toEqual(["FRA"]);
    expect(names(masterRows(rows, ctx, { sort: null, q: "ceasefire willing" }))).toEqual([]);
    expect(names(masterRows(rows, ctx, { sort: null, q: "  " }))).toHaveLength(rows.length);
  });

  it("counts the age in days at the view date, a month-precision date from the first of its month", () => {
    expect(ageInDays(rows[1]!, "2026-01-08")).toBe(126);
    expect(ageInDays(rows[2]!, "2025-03-02")).toBe(1);
    const ages = masterRows(rows, ctx, { sort: null, q: null }).map((r) => MASTER_COLUMNS.find((c) => c.key === "age")!.text(r, ctx));
    expect(ages).toEqual(["126 days", "126 days", "38 days", "313 days"]);
  });

  it("writes exactly the rows and columns shown, in their order, formula cells made inert", () => {
    const shown = masterRows(rows, ctx, { sort: { key: "date", desc: true }, q: "troops" });
    const csv = masterCsv(shown, ctx);
    const labels = MASTER_COLUMNS.map((c) => c.label);
    expect(csv.split("\n")[0]).toBe(labels.join(","));
    const parsed = parseCsv(csv, { columns: labels.map((l) => l.toLowerCase()), required: [] });
    expect(parsed.error).toBeUndefined();
    expect(parsed.rows.map((r) => r.record.country)).toEqual(["France", "United Kingdom"]);
    expect(parsed.rows[0]!.record.ground).toBe("✓");
    expect(parsed.rows[0]!.record.naval).toBe("");
    expect(parsed.rows[0]!.record.size).toBe("up to 10,000 stated");
    expect(masterCsv(masterRows(rows, ctx, { sort: null, q: "italy" }), ctx)).toContain(`'=cmd`);
  });

  it("reads and writes sort= and cycles a header's direction", () => {
    expect(parseSort("-age")).toEqual({ key: "age", desc: true });
    expect(parseSort("ground")).toEqual({ key: "ground", desc: false });
    for (const bad of ["", "-", "bogus", "--age", "Age", "age-"]) expect(parseSort(bad), bad).toBeNull();
    for (const c of MASTER_COLUMNS) expect(parseSort(serializeSort({ key: c.key, desc: true }))).toEqual({ key: c.key, desc: true });
    expect(nextSort({ key: "age", desc: false }, "age")).toEqual({ key: "age", desc: true });
    expect(nextSort({ key: "age", desc: true }, "age")).toEqual({ key: "age", desc: false });
    expect(nextSort({ key: "age", desc: true }, "date")).toEqual({ key: "date", desc: false });
  });
});
