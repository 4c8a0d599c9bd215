/**
 * The claim fields (translation, speaker role, commitment, size, condition keys): each rule's
 * per-line message naming the column and value, the rules across columns, the CHECK constraints
 * behind them, and a file with every new column round-tripping byte for byte through the database.
 */
import { afterEach, describe, expect, it } from "vitest";
import { importStatementFile, listCurrentStatements, statementsToCsv, CSV_COLUMNS } from "@/db/statements";
import { validateImportRow, type RowLookups } from "@/db/statements/validation";
import { parseStatementForm } from "@/db/statements/form";
import { createTestDb, type TestDb } from "../../support/test-db";

const lookups: RowLookups = { resolveCountry: (s) => ({ FRA: "FRA", GBR: "GBR" })[s] ?? null };
const base = { country: "FRA", stated_on: "2026-01-06", stance: "troops", source_title: "Déclaration de Paris", quote: "Des milliers de soldats", quote_language: "fr" };

function errorsOf(record: Record<string, string>): string[] {
  const result = validateImportRow({ ...base, ...record }, lookups);
  return result.ok ? [] : result.errors;
}

function valueOf(record: Record<string, string>) {
  const result = validateImportRow({ ...base, ...record }, lookups);
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.value;
}

describe("claim fields: one column at a time", () => {
  it("normalises every new column", () => {
    expect(
      valueOf({
        quote_translation: " Thousands of soldiers ",
        translation_by: "Editor",
        speaker_role: "Head of state or government",
        commitment: " PLEDGED ",
        size_text: "thousands of soldiers",
        troops_min: "1,000",
        troops_max: "10 000",
        condition_keys: "us backstop; ceasefire,ceasefire",
      }),
    ).toMatchObject({
      quoteTranslation: "Thousands of soldiers",
      translationBy: "editor",
      speakerRole: "head_of_state_or_government",
      commitment: "pledged",
      sizeText: "thousands of soldiers",
      troopsMin: 1000,
      troopsMax: 10000,
      conditionKeys: ["ceasefire", "us_backstop"],
    });
  });

  it("leaves them empty when absent, as existing rows are", () => {
    expect(valueOf({})).toMatchObject({ quoteTranslation: null, translationBy: null, speakerRole: null, commitment: null, sizeText: null, troopsMin: null, troopsMax: null, conditionKeys: [] });
  });

  it.each<[Record<string, string>, string]>([
    [{ speaker_role: "president" }, "unknown speaker_role 'president' (expected one of head_of_state_or_government, minister, official_spokesperson, parliament, diplomat, military, anonymous_official, other)"],
    [{ commitment: "promised" }, "unknown commitment 'promised' (expected one of floated, willing, pledged, approved, deployed)"],
    [{ translation_by: "google", quote_translation: "x" }, "unknown translation_by 'google' (expected one of editor, machine)"],
    [{ condition_keys: "ceasefire;nato" }, "unknown condition_keys value 'nato' (expected one of ceasefire, us_backstop, un_or_eu_mandate, parliament_vote, ukraine_request, other)"],
    [{ troops_min: "-5" }, "troops_min '-5' is not a whole number of troops (0 or more, digits only)"],
    [{ troops_min: "1.5" }, "troops_min '1.5' is not a whole number of troops (0 or more, digits only)"],
    [{ troops_max: "thousands" }, "troops_max 'thousands' is not a whole number of troops (0 or more, digits only)"],
    [{ troops_max: "1e3" }, "troops_max '1e3' is not a whole number of troops (0 or more, digits only)"],
    [{ troops_max: "10,00" }, "troops_max '10,00' is not a whole number of troops (0 or more, digits only)"],
    [{ troops_min: "20000000" }, "troops_min '20000000' is more than 10,000,000"],
    [{ size_text: "s".repeat(201) }, "size_text is 201 characters long (max 200)"],
    [{ quote_translation: "t".repeat(2001), translation_by: "editor" }, "quote_translation is 2001 characters long (max 2000)"],
    [{ size_text: "a\u0007b" }, "size_text contains a control character (U+0007) at position 2"],
  ])("refuses %j with a message naming the column and value", (record, message) => {
    expect(errorsOf(record)).toEqual([message]);
  });
});

describe("claim fields: rules across columns", () => {
  it.each<[Record<string, string>, string]>([
    [{ quote: "", quote_language: "", quote_translation: "Thousands", translation_by: "editor" }, "quote_translation is given without a quote: translate a quote, or leave it empty"],
    [{ quote_language: "en-GB", quote_translation: "Thousands", translation_by: "editor" }, "quote_translation is given for an English quote (quote_language 'en-GB'): leave it empty"],
    [{ translation_by: "machine" }, "translation_by 'machine' is given without a quote_translation"],
    [{ quote_translation: "Thousands of soldiers" }, "translation_by is required with a quote_translation (editor or machine)"],
    [{ troops_min: "5000", troops_max: "1000" }, "troops_min 5000 is more than troops_max 1000"],
  ])("refuses %j", (record, message) => {
    expect(errorsOf(record)).toEqual([message]);
  });

  it("accepts a range of one number, either bound alone, and a translation of a quote of unknown language", () => {
    expect(valueOf({ troops_min: "0", troops_max: "0" })).toMatchObject({ troopsMin: 0, troopsMax: 0 });
    expect(valueOf({ troops_max: "5000" })).toMatchObject({ troopsMin: null, troopsMax: 5000 });
    expect(valueOf({ quote_language: "", quote_translation: "Thousands", translation_by: "machine" })).toMatchObject({ quoteTranslation: "Thousands", translationBy: "machine" });
  });

  it("words the same errors on the form, under the field's name", () => {
    const r = parseStatementForm({ ...base, source_mode: "new", troops_min: "7", troops_max: "3", translation_by: "editor" }, new Date("2026-03-01T00:00:00Z"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors).toEqual({
      troops_max: ["troops_min 7 is more than troops_max 3"],
      translation_by: ["translation_by 'editor' is given without a quote_translation"],
    });
  });

  it("takes the condition keys of a form's checkbox group", () => {
    const r = parseStatementForm({ ...base, source_mode: "new", condition_keys: ["parliament_vote", "ceasefire"] }, new Date("2026-03-01T00:00:00Z"));
    expect(r.ok && r.data.conditionKeys).toEqual(["ceasefire", "parliament_vote"]);
  });
});

describe("claim fields in the database", () => {
  let t: TestDb | undefined;
  afterEach(() => t?.close());

  it("CHECK constraints refuse what the rules refuse, whoever writes", () => {
    t = createTestDb("full");
    const db = t.db.$client;
    const id = (db.prepare("select id from statements limit 1").get() as { id: number }).id;
    const update = (set: string) => () => db.prepare(`update statements set ${set} where id = ?`).run(id);
    expect(update("troops_min = -1")).toThrow(/CHECK constraint failed: statements_troops_range/);
    expect(update("troops_min = 10, troops_max = 5")).toThrow(/CHECK constraint failed: statements_troops_range/);
    expect(update("quote_translation = null, translation_by = 'editor'")).toThrow(/CHECK constraint failed: statements_translation_by/);
    expect(update("translation_by = 'deepl'")).toThrow(/CHECK constraint failed: statements_translation_by/);
    expect(update("troops_min = 10, troops_max = 10")).not.toThrow();
  });

  it("round-trips a file with every new column byte for byte: import -> export -> import (duplicates) -> export", () => {
    t = createTestDb("reference");
    const header = CSV_COLUMNS.join(",");
    const cells: Record<string, string> = {
      country: "FRA",
      stated_on: "2026-01-06",
      stance: "troops",
      commitment: "pledged",
      contributions: "ground",
      size_text: "thousands of soldiers",
      troops_min: "1000",
      troops_max: "",
      conditions: "after a ceasefire",
      condition_keys: "ceasefire;us_backstop",
      quote: "Tausende von Soldaten",
      quote_language: "de",
      quote_translation: "thousands of soldiers",
      translation_by: "editor",
      speaker: "Emmanuel Macron",
      speaker_role: "head_of_state_or_government",
      source_title: "Koalition der Freiwilligen",
      source_publisher: "",
      source_url: "",
      source_published_on: "",
      confidence: "high",
      note: "",
    };
    const second: Record<string, string> = { ...cells, country: "GBR", commitment: "", size_text: "", troops_min: "", condition_keys: "", quote: "We will lead", quote_language: "en", quote_translation: "", translation_by: "", speaker_role: "minister" };
    const file = `${header}\n${[cells, second].map((r) => CSV_COLUMNS.map((c) => r[c] ?? "").join(",")).join("\n")}\n`;
    const first = importStatementFile(t.db, file, "test@example.org");
    expect(first).toMatchObject({ imported: true, hasErrors: false });
    const exported = statementsToCsv(listCurrentStatements(t.db));
    expect(exported).toBe(file);
    const again = importStatementFile(t.db, exported, "test@example.org", { dryRun: true });
    expect("rows" in again && again.rows.map((r) => r.outcome)).toEqual(["duplicate", "duplicate"]);
    expect(statementsToCsv(listCurrentStatements(t.db))).toBe(file);
  });

  it("counts a row that differs in any claim field as a new statement, not a duplicate; an annotation alone does not", () => {
    t = createTestDb("reference");
    const header = CSV_COLUMNS.join(",");
    const base: Record<string, string> = {
      country: "FRA",
      stated_on: "2026-01-06",
      stance: "troops",
      commitment: "willing",
      size_text: "thousands",
      troops_min: "1000",
      troops_max: "2000",
      condition_keys: "ceasefire",
      quote: "Tausende von Soldaten",
      quote_language: "de",
      speaker_role: "head_of_state_or_government",
      source_title: "Koalition der Freiwilligen",
      note: "first",
    };
    const csv = (rows: Record<string, string>[]) => `${header}\n${rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? "").join(",")).join("\n")}\n`;
    expect(importStatementFile(t.db, csv([base]), "test@example.org")).toMatchObject({ imported: true });
    // Each claim column changed (to another value, and to empty), one at a time.
    const changed: Record<string, string[]> = {
      commitment: ["pledged", ""],
      size_text: ["a few hundred", ""],
      troops_min: ["999", ""],
      troops_max: ["3000", ""],
      condition_keys: ["ceasefire;us_backstop", ""],
      speaker_role: ["anonymous_official", ""],
      quote: ["Hunderte", ""],
      stance: ["naval"],
      stated_on: ["2026-01"],
    };
    for (const [column, values] of Object.entries(changed)) {
      for (const value of values) {
        const row = { ...base, [column]: value, ...(column === "quote" && value === "" ? { quote_language: "" } : {}) };
        const result = importStatementFile(t.db, csv([row]), "test@example.org", { dryRun: true });
        expect("rows" in result && result.rows.map((r) => r.outcome), `${column}=${value}`).toEqual(["new"]);
      }
    }
    // The tracker's annotations do not make a new statement.
    const annotated = { ...base, note: "second", confidence: "high", conditions: "after a ceasefire", quote_translation: "thousands of soldiers", translation_by: "editor" };
    const again = importStatementFile(t.db, csv([base, annotated]), "test@example.org", { dryRun: true });
    expect("rows" in again && again.rows.map((r) => r.outcome)).toEqual(["duplicate", "duplicate"]);
  });
});
