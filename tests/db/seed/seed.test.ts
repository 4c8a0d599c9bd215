/**
 * The seed on a real migrated database: a fresh start loads the reconciled file; running it again
 * adds nothing; a database seeded by the OLD seed (the articles' 21 statements alone, kept in
 * tests/fixtures/) is brought to the same current statements, with its history kept.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { SEED_ACTOR, seedDatabase } from "@/db/seed";
import { SEED_FILES } from "@/db/seed/reconcile";
import { getStatement, importStatements, listCurrentStatements, parseStatementImport, statementsToCsv } from "@/db/statements";

let t: TestDb | undefined;
afterEach(() => t?.close());

const reconciledText = fs.readFileSync(path.join(process.cwd(), "db", "seed", SEED_FILES.reconciled), "utf8");
/** A CSV's data lines, sorted (a statement's record, whatever order the statements were recorded in). */
const lines = (csv: string) => csv.trim().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).slice(1).sort();
const versionCount = (tdb: TestDb) => tdb.db.$client.prepare("select count(*) from statements").pluck().get() as number;
const linkCount = (tdb: TestDb) => tdb.db.$client.prepare("select count(*) from statement_sources").pluck().get() as number;

function seedWithOldSeed(tdb: TestDb): void {
  const parsed = parseStatementImport(fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "old-seed-statements.csv")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  importStatements(tdb.db, parsed.rows, SEED_ACTOR);
}

describe("seedDatabase", () => {
  it("loads the reconciled file into an empty database: its current statements are exactly the file's rows", () => {
    t = createTestDb("reference");
    const result = seedDatabase(t.db)!;
    expect(result.statements).toBe(lines(reconciledText).length);
    expect(lines(statementsToCsv(listCurrentStatements(t.db)))).toEqual(lines(reconciledText));
    expect(linkCount(t)).toBeGreaterThan(0);
  });

  it("adds nothing when run again (no statement, version, link or event twice)", () => {
    t = createTestDb("reference");
    seedDatabase(t.db);
    const before = { versions: versionCount(t), links: linkCount(t), events: t.db.$client.prepare("select count(*) from events").pluck().get() };
    expect(seedDatabase(t.db)).toEqual({ statements: 0, updated: 0, merged: 0, events: 0 });
    expect({ versions: versionCount(t), links: linkCount(t), events: t.db.$client.prepare("select count(*) from events").pluck().get() }).toEqual(before);
  });

  it("upgrades a database seeded by the old seed to the same current statements, duplicating nothing", () => {
    t = createTestDb("reference");
    seedWithOldSeed(t);
    const old = listCurrentStatements(t.db);
    expect(old).toHaveLength(21);
    const result = seedDatabase(t.db)!;
    expect(result.updated).toBeGreaterThan(0);
    expect(result.merged).toBeGreaterThan(0);
    expect(lines(statementsToCsv(listCurrentStatements(t.db)))).toEqual(lines(reconciledText));
    // Germany, 6 Jan 2026: the old statement itself got a new version, recoded as the dataset codes it.
    const deu = old.find((s) => s.countryIso3 === "DEU" && s.statedOn === "2026-01-06")!;
    const history = getStatement(t.db, deu.id);
    expect(history.versions.map((v) => v.stance)).toEqual(["support_only", "troops"]);
    expect(history.current.sources.map((s) => s.title)).toEqual([expect.stringMatching(/^Merz will/), deu.source.title]);
    // The second article's France 4 Sep 2025 statement is retracted as merged, naming the one that cites it.
    const fra = old.filter((s) => s.countryIso3 === "FRA" && s.statedOn === "2025-09-04");
    const states = fra.map((s) => getStatement(t!.db, s.id).current);
    expect(states.map((s) => s.status)).toEqual(["published", "retracted"]);
    expect(states[1]!.changeReason).toMatch(new RegExp(`Same claim as statement #${fra[0]!.id}`));
    expect(states[0]!.sources).toHaveLength(3);
    // And again: nothing more.
    const versions = versionCount(t);
    expect(seedDatabase(t.db)).toEqual({ statements: 0, updated: 0, merged: 0, events: 0 });
    expect(versionCount(t)).toBe(versions);
  });

  it("leaves a seed statement an editor changed or retracted as the editor left it", () => {
    t = createTestDb("reference");
    seedDatabase(t.db);
    const ita = listCurrentStatements(t.db).find((s) => s.countryIso3 === "ITA" && s.statedOn === "2026-01-06")!;
    t.db.$client.prepare("update statements set superseded_at = recorded_at where id = ?").run(ita.versionId);
    t.db.$client
      .prepare(
        `insert into statements (statement_id, version, country_iso3, stated_on, stated_on_precision, stance, contributions, source_id, confidence, status, change_reason, recorded_at, recorded_by)
         select statement_id, version + 1, country_iso3, stated_on, stated_on_precision, stance, contributions, source_id, confidence, 'retracted', 'wrong', recorded_at, 'editor@example.org' from statements where id = ?`,
      )
      .run(ita.versionId);
    expect(seedDatabase(t.db)).toEqual({ statements: 0, updated: 0, merged: 0, events: 0 });
    expect(getStatement(t.db, ita.id).current.status).toBe("retracted");
  });

  it("leaves a database with statements of its own and none from the seed alone", () => {
    t = createTestDb("reference");
    const parsed = parseStatementImport(fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "old-seed-statements.csv")));
    if (!parsed.ok) throw new Error("fixture");
    importStatements(t.db, parsed.rows.slice(0, 2), "someone@example.org");
    expect(seedDatabase(t.db)).toBeNull();
    expect(versionCount(t)).toBe(2);
  });
});
