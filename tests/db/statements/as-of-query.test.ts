/**
 * The indexed as-of query (db/statements/as-of.ts) against the one definition of the rule
 * (lib/timeline/stance-as-of.ts) on a synthetic history with edits, retractions, late backfills and
 * future-dated typos, for many (date, known) pairs; and its query plans, which must seek the
 * as-of indexes rather than scan the statements table.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { briefStancesAsOfQuery, stancesAsOfQuery } from "@/db/statements/as-of";
import { importStatements } from "@/db/statements";
import { explainQueryPlan } from "@/db/query-plans";
import { getBriefStancesAsOf, getStancesAsOf } from "@/db/statements";
import { getStatement } from "@/db/statements";
import { editStatement } from "@/db/statements";
import type { StatementDto } from "@/db/statements";
import { addDays, todayIso } from "@/lib/dates";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { generateDataset } from "@/scripts/bench/dataset";
import { SPAN_END, SPAN_START } from "@/scripts/bench/synthetic";

let dir: string;
let db: Db;
let versions: StatementDto[];

/** The rule applied in memory to the versions visible at `known` (null: current). */
function reference(date: string, known: number | null): Record<string, number> {
  const visible = versions.filter((v) => {
    if (v.status !== "published") return false;
    if (known === null) return v.supersededAt === null;
    return Date.parse(v.recordedAt) <= known && (v.supersededAt === null || Date.parse(v.supersededAt) > known);
  });
  const facts = visible.map((v) => ({ statementId: v.id, countryIso3: v.countryIso3, statedOn: v.statedOn, stance: v.stance, versionId: v.versionId }));
  return Object.fromEntries([...stancesAsOf(facts, date)].map(([iso3, s]) => [iso3, s.statement.versionId]));
}

function actual(date: string, known: number | null): Record<string, number> {
  return Object.fromEntries(getStancesAsOf(db, date, known).map((s) => [s.countryIso3, s.versionId]));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-asof-"));
  const file = path.join(dir, "bench.db");
  generateDataset(file, 400, 7);
  db = openDatabase(file);
  // Future-dated typos recorded on known days, one of them edited later, so both arms are exercised.
  const now = vi.spyOn(Date, "now");
  try {
    const row = (iso3: string, statedOn: string) => ({
      line: 2,
      input: {
        countryIso3: iso3,
        statedOn,
        statedOnPrecision: "day" as const,
        stance: "troops" as const,
        contributions: [],
        conditions: null,
        quote: `typo ${iso3} ${statedOn}`,
        quoteLanguage: null,
        speaker: null,
        confidence: "low" as const,
        note: null,
        source: { title: "Typo source", publisher: null, url: null, publishedOn: null },
      },
    });
    now.mockReturnValue(Date.parse("2023-03-01T10:00:00Z"));
    // POL's carries a commitment and a size, which the synthetic data has none of (the brief read's columns).
    const pol = row("POL", "2024-01-01");
    const sized = { ...pol, input: { ...pol.input, contributions: ["ground" as const, "air" as const], commitment: "pledged" as const, sizeText: "a brigade", troopsMin: 3000, troopsMax: 5000 } };
    const [a] = importStatements(db, [row("FRA", "2023-06-15"), sized], "test");
    now.mockReturnValue(Date.parse("2023-04-01T10:00:00Z"));
    const current = getStatement(db, a!.statementId!).current;
    editStatement(db, current.id, current.version, { ...current, statedOn: "2023-07-01", source: { id: current.source.id } }, "test");
  } finally {
    now.mockRestore();
  }
  // Statement ids are contiguous from 1: collect every version of every statement.
  versions = [];
  for (let id = 1; ; id++) {
    try {
      versions.push(...getStatement(db, id).versions);
    } catch {
      break;
    }
  }
}, 60_000);

afterAll(() => {
  db?.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("as-of query (indexed) agrees with the as-of rule", () => {
  it("has the histories the cases need", () => {
    expect(versions.some((v) => v.status === "retracted")).toBe(true);
    expect(versions.some((v) => v.version > 1 && v.status === "published")).toBe(true);
    expect(versions.some((v) => v.statedOn > todayIso(new Date(v.recordedAt)))).toBe(true);
  });

  it("for every date and known instant in a grid", () => {
    const dates: string[] = [];
    for (let d = SPAN_START; d <= addDays(SPAN_END, 30); d = addDays(d, 122)) dates.push(d);
    const instants = versions.filter((_, i) => i % 89 === 0).flatMap((v) => [Date.parse(v.recordedAt) - 1, Date.parse(v.recordedAt)]);
    const knowns: (number | null)[] = [null, Date.parse("2023-03-01T10:00:00Z"), Date.parse("2023-05-01T00:00:00Z"), ...instants];
    let compared = 0;
    for (const known of knowns) {
      for (const date of dates) {
        expect(actual(date, known), `date ${date}, known ${known === null ? "now" : new Date(known).toISOString()}`).toEqual(
          reference(date, known),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 60_000);
});

/** The fields of a full row that the brief read (the map view's) returns. */
function brief(s: StatementDto) {
  const { id, countryIso3, countryName, stance, statedOn, statedOnPrecision, commitment, contributions, sizeText, troopsMin, troopsMax } = s;
  return { id, countryIso3, countryName, stance, statedOn, statedOnPrecision, commitment, contributions, sizeText, troopsMin, troopsMax };
}

describe("brief as-of read (the map view's)", () => {
  it("finds the full read's rows, in its order, with the same values, for every date and known instant in a grid", () => {
    const dates: string[] = [];
    for (let d = SPAN_START; d <= addDays(SPAN_END, 30); d = addDays(d, 61)) dates.push(d);
    const instants = versions.filter((_, i) => i % 97 === 0).map((v) => Date.parse(v.recordedAt));
    const knowns: (number | null)[] = [null, Date.parse("2023-03-01T10:00:00Z"), Date.parse("2023-05-01T00:00:00Z"), ...instants];
    let rows = 0;
    let sized = 0;
    for (const known of knowns) {
      for (const date of [...dates, "2024-01-01"]) {
        const full = getStancesAsOf(db, date, known);
        sized += full.filter((s) => s.commitment !== null && s.sizeText !== null && s.troopsMin !== null && s.troopsMax !== null).length;
        expect(getBriefStancesAsOf(db, date, known), `date ${date}, known ${known === null ? "now" : new Date(known).toISOString()}`).toEqual(full.map(brief));
        rows += full.length;
      }
    }
    // Rows with contributions, a size and a commitment among them, so every column is compared.
    expect(getStancesAsOf(db, SPAN_END, null).some((s) => s.contributions.length > 0)).toBe(true);
    expect(sized).toBeGreaterThan(0);
    expect(rows).toBeGreaterThan(1000);
  }, 60_000);

  it("seeks the same indexes as the full read, and reads no quote, citation list or actor", () => {
    const cases: [string, number | null][] = [["2025-01-01", null], ["2023-01-01", Date.parse("2023-05-01T00:00:00Z")], ["2026-01-01", Date.parse("2023-05-01T00:00:00Z")]];
    for (const [date, known] of cases) {
      const { sql, params } = briefStancesAsOfQuery(date, known);
      const lines = explainQueryPlan(db, sql, params).map((s) => s.detail);
      const full = stancesAsOfQuery(date, known);
      const seeks = (l: string[]) => l.filter((x) => /^SEARCH (x|y) /.test(x));
      expect(seeks(lines)).toEqual(seeks(explainQueryPlan(db, full.sql, full.params).map((s) => s.detail)));
      expect(lines.filter((l) => /^SCAN (x|y|s)\b/.test(l))).toEqual([]);
      // The full read's per-row subqueries (corroborating sources, author's and approver's names).
      expect(lines.filter((l) => /\b(ss|ms|ru|au)\b/.test(l))).toEqual([]);
      expect(sql).not.toMatch(/\bquote\b|\bspeaker\b|\bnote\b/);
    }
  });
});

describe("as-of query about a future-dated statement's own date", () => {
  // The grid's dates rarely fall on a typo's date; this asks about exactly that day, as known when
  // the typo was recorded (and a day later), so the future-dated arm must include its upper bound.
  it("answers the future-dated version on the day it names", () => {
    const futureDated = versions.filter((v) => v.status === "published" && v.statedOn > todayIso(new Date(v.recordedAt)));
    expect(futureDated.length).toBeGreaterThanOrEqual(2);
    let decided = 0;
    for (const v of futureDated) {
      const recorded = Date.parse(v.recordedAt);
      for (const known of [recorded, recorded + 86_400_000]) {
        const visible = v.supersededAt === null || Date.parse(v.supersededAt) > known;
        // Asked on a date after known's day, so the query takes the future-dated arm.
        if (!visible || todayIso(new Date(known)) >= v.statedOn) continue;
        const label = `${v.countryIso3} stated on ${v.statedOn}, known ${new Date(known).toISOString()}`;
        const expected = reference(v.statedOn, known);
        expect(actual(v.statedOn, known), label).toEqual(expected);
        if (expected[v.countryIso3] === v.versionId) decided++;
      }
    }
    expect(decided).toBeGreaterThanOrEqual(2);
  });
});

describe("as-of query plans", () => {
  const plan = (date: string, known: number | null) => {
    const { sql, params } = stancesAsOfQuery(date, known);
    return explainQueryPlan(db, sql, params).map((s) => s.detail);
  };
  const noStatementsScan = (lines: string[]) => expect(lines.filter((l) => /^SCAN (x|y|s)\b/.test(l))).toEqual([]);

  it("now: seeks the partial index of current published versions", () => {
    const lines = plan("2025-01-01", null);
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH x USING (COVERING )?INDEX statements_current_asof_idx \(country_iso3=\? AND stated_on<\?\)/));
    noStatementsScan(lines);
  });

  it("known, about a date up to known's day: seeks the known index", () => {
    const lines = plan("2023-01-01", Date.parse("2023-05-01T00:00:00Z"));
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH x USING (COVERING )?INDEX statements_known_asof_idx \(country_iso3=\? AND stated_on<\?\)/));
    noStatementsScan(lines);
  });

  it("known, about a later date: seeks from known's day, and the future-dated index apart", () => {
    const lines = plan("2026-01-01", Date.parse("2023-05-01T00:00:00Z"));
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH x USING (COVERING )?INDEX statements_known_asof_idx \(country_iso3=\? AND stated_on<\?\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH y USING (COVERING )?INDEX statements_future_dated_idx \(country_iso3=\? AND stated_on>\? AND stated_on<\?\)/));
    noStatementsScan(lines);
  });
});
