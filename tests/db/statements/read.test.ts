import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { editStatement, getStatement, getStatementsAt, listCountryStatementHistories, listCountryStatements, listDatedFacts, retractStatement } from "@/db/statements";
import fs from "node:fs";
import path from "node:path";
import { parseCsv } from "@/lib/csv";
import { CSV_COLUMNS } from "@/db/statements/csv";
import { SEED_FILES } from "@/db/seed/reconcile";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;

beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});

afterAll(() => t.close());

describe("listDatedFacts", () => {
  it("carries each statement's date precision", () => {
    const facts = listDatedFacts(db);
    // The seed file's rows, read independently of the importer (one statement per row).
    const rows = parseCsv(fs.readFileSync(path.join(process.cwd(), "db", "seed", SEED_FILES.reconciled)), { columns: CSV_COLUMNS, required: [] }).rows;
    expect(facts).toHaveLength(rows.length);
    const months = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.record.stated_on!)).map((r) => r.record.country);
    expect(months.length).toBeGreaterThan(0);
    expect(facts.filter((f) => f.statedOnPrecision === "month").map((f) => f.countryIso3).sort()).toEqual(months.sort());
  });
});

describe("statements-read", () => {
  it("gives a country's statements with all versions, retracted ones included, and the version visible at a past instant", () => {
    const [ita] = listCountryStatementHistories(db, "ITA");
    expect(ita?.versions).toHaveLength(1);
    const before = Date.now();
    const { current } = getStatement(db, ita!.current.id);
    const input = {
      countryIso3: "ITA",
      statedOn: current.statedOn,
      statedOnPrecision: current.statedOnPrecision,
      stance: "undecided" as const,
      contributions: [],
      conditions: null,
      quote: current.quote,
      quoteLanguage: current.quoteLanguage,
      speaker: current.speaker,
      confidence: current.confidence,
      note: current.note,
      source: { id: current.source.id },
    };
    editStatement(db, current.id, 1, input, "editor@example.org", "misread the article");
    retractStatement(db, current.id, 2, "wrong country", "editor@example.org");
    const [after] = listCountryStatementHistories(db, "ITA");
    expect(after?.versions.map((v) => [v.version, v.stance, v.status])).toEqual([
      [1, "refusal", "published"],
      [2, "undecided", "published"],
      [3, "undecided", "retracted"],
    ]);
    expect(after?.current.changeReason).toBe("wrong country");
    expect(getStatementsAt(db, [current.id], before - 1).get(current.id)?.version ?? null).toBe(1);
    expect(getStatementsAt(db, [current.id]).get(current.id)?.status).toBe("retracted");
    expect(getStatementsAt(db, []).size).toBe(0);
    // The retracted statement no longer counts as a fact.
    expect(listDatedFacts(db).some((f) => f.statementId === current.id)).toBe(false);
    expect(listDatedFacts(db).some((f) => f.countryIso3 === "ITA")).toBe(true);
    // The panel's history (withRetracted) still lists it, marked; the plain list does not.
    expect(listCountryStatements(db, "ITA").some((s) => s.id === current.id)).toBe(false);
    const all = listCountryStatements(db, "ITA", null, { withRetracted: true });
    expect(all.find((s) => s.id === current.id)?.status).toBe("retracted");
    expect(all.filter((s) => s.id !== current.id)).toEqual(listCountryStatements(db, "ITA"));
    // As known before the retraction, it is the published version.
    expect(listCountryStatements(db, "ITA", before - 1, { withRetracted: true }).find((s) => s.id === current.id)?.status).toBe("published");
  });
});
