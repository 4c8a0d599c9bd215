/**
 * A statement citing several sources: the link table per version, the CSV's more_sources column
 * (round trip, refusals), the form's and JSON API's more_sources (recorded sources), the history
 * diff, and retraction keeping the links.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import {
  createStatement,
  CSV_COLUMNS,
  diffVersions,
  editStatement,
  importStatementFile,
  listCurrentStatements,
  retractStatement,
  statementsToCsv,
  type StatementInput,
} from "@/db/statements";
import { parseStatementForm } from "@/db/statements/form";
import { validateImportRow } from "@/db/statements/validation";
import { InvalidInputError } from "@/db/errors";
import { resolveCountry } from "@/lib/countries";

let t: TestDb | undefined;
afterEach(() => t?.close());

const a = { title: "Article A", publisher: "Press A", url: "https://example.org/a", publishedOn: "2025-09-04" };
const b = { title: "Article B", publisher: null, url: null, publishedOn: null };
const c = { title: "Article C; with, separators", publisher: "Press \"C\"", url: "https://example.org/c?x=1,2", publishedOn: null };

function input(over: Partial<StatementInput> = {}): StatementInput {
  return {
    countryIso3: "FRA",
    statedOn: "2025-09-04",
    statedOnPrecision: "day",
    stance: "troops",
    contributions: [],
    conditions: null,
    quote: "q",
    quoteLanguage: "en",
    speaker: null,
    confidence: "high",
    note: null,
    source: a,
    ...over,
  };
}

describe("statement sources", () => {
  it("stores the corroborating sources per version, primary first in sources, and keeps each version's own", () => {
    t = createTestDb("reference");
    const s = createStatement(t.db, input({ moreSources: [b, c] }), "ana@example.org");
    expect(s.current.sources.map((x) => x.title)).toEqual([a.title, b.title, c.title]);
    expect(s.current.source).toEqual(s.current.sources[0]);
    const edited = editStatement(t.db, s.current.id, 1, input({ moreSources: [c] }), "ana@example.org");
    expect(edited.versions.map((v) => v.sources.map((x) => x.title))).toEqual([
      [a.title, b.title, c.title],
      [a.title, c.title],
    ]);
    const changes = diffVersions(edited.versions[0]!, edited.versions[1]!);
    expect(changes.map((ch) => [ch.field, ch.before, ch.after])).toEqual([
      ["moreSources", `${b.title} (#${edited.versions[0]!.sources[1]!.id}); ${c.title} (#${edited.versions[0]!.sources[2]!.id})`, `${c.title} (#${edited.versions[0]!.sources[2]!.id})`],
    ]);
    const retracted = retractStatement(t.db, s.current.id, 2, "wrong", "ana@example.org");
    expect(retracted.current.sources.map((x) => x.title)).toEqual([a.title, c.title]);
  });

  it("refuses a source cited twice (also as the primary), writing nothing", () => {
    t = createTestDb("reference");
    expect(() => createStatement(t!.db, input({ moreSources: [b, b] }), "ana@example.org")).toThrow(InvalidInputError);
    expect(() => createStatement(t!.db, input({ moreSources: [{ ...a }] }), "ana@example.org")).toThrow(/cited twice/);
    expect(listCurrentStatements(t.db)).toHaveLength(0);
  });

  it("round-trips more_sources through the CSV byte for byte: export -> import -> export", () => {
    t = createTestDb("reference");
    createStatement(t.db, input({ moreSources: [b, c] }), "ana@example.org");
    createStatement(t.db, input({ countryIso3: "GBR", source: b }), "ana@example.org");
    const first = statementsToCsv(listCurrentStatements(t.db));
    expect(CSV_COLUMNS).toContain("more_sources");
    const other = createTestDb("reference");
    try {
      expect(importStatementFile(other.db, first, "cli-import")).toMatchObject({ imported: true, hasErrors: false });
      const second = statementsToCsv(listCurrentStatements(other.db));
      expect(second).toBe(first);
      expect(listCurrentStatements(other.db).find((s) => s.countryIso3 === "FRA")!.sources.map((s) => s.title)).toEqual([a.title, b.title, c.title]);
    } finally {
      other.close();
    }
  });

  it.each([
    ["not json", /more_sources: not a JSON list/],
    ['{"title":"x"}', /more_sources: expected a JSON list/],
    ["[1]", /more_sources: source 1 is not an object/],
    ['[{"title":""}]', /more_sources: source 1: .*source_title/],
    ['[{"title":"x","colour":"red"}]', /more_sources: source 1 has unknown key 'colour'/],
    ['[{"title":"x","url":"javascript:alert(1)"}]', /more_sources: source 1: .*source_url/],
    ['[{"title":"x","published_on":"yesterday"}]', /more_sources: source 1: .*source_published_on/],
    ['[{"title":"x","publisher":5}]', /more_sources: source 1: publisher must be a string or null/],
    [JSON.stringify(Array.from({ length: 21 }, (_, i) => ({ title: `t${i}` }))), /more_sources: at most 20 sources/],
  ])("refuses a more_sources cell %s with a message naming the column", (cell, message) => {
    const result = validateImportRow({ country: "FRA", stated_on: "2025-09-04", stance: "troops", source_title: "T", more_sources: cell }, { resolveCountry });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join("\n")).toMatch(message);
  });

  it("takes the form's and the JSON API's more_sources as recorded sources (repeated fields, a list, or one string)", () => {
    const base = { country: "FRA", stated_on: "2025-09-04", stance: "troops", source_mode: "existing", source_id: "#1 · A" };
    const ok = (more: string | string[]) => {
      const r = parseStatementForm({ ...base, more_sources: more });
      return r.ok ? r.data.moreSources : r.fieldErrors;
    };
    expect(ok(["#2 · B, with a comma", "", "3"])).toEqual([{ id: 2 }, { id: 3 }]);
    expect(ok("#4 · D")).toEqual([{ id: 4 }]);
    expect(ok([])).toEqual([]);
    expect(ok(["#2", "#2"])).toEqual({ more_sources: ["more_sources: source #2 is listed twice"] });
    expect(ok(["Le Monde"])).toEqual({ more_sources: [expect.stringMatching(/'Le Monde' is not in the list of sources/)] });
    expect(ok(Array.from({ length: 21 }, (_, i) => `#${i + 2}`))).toEqual({ more_sources: [expect.stringMatching(/at most 20/)] });
  });

  it("refuses an unknown recorded source in more_sources", () => {
    t = createTestDb("reference");
    expect(() => createStatement(t!.db, input({ moreSources: [{ id: 999 }] }), "ana@example.org")).toThrow(/Unknown source 999/);
    expect(statementCount(t)).toBe(0);
  });
});

function statementCount(tdb: TestDb): number {
  return tdb.db.$client.prepare("select count(*) from statements").pluck().get() as number;
}
