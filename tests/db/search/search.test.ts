/**
 * Full-text search on a real SQLite file with the real migrations: the index follows every write
 * (record, edit, retract, import, corroborating sources, source edits) in the write's own
 * transaction, `known` finds the text of its time, reader input is never FTS5 syntax, and case,
 * diacritics and German compounds match as the README says.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { statementInput } from "../../support/statement-input";
import { seedFileRows } from "../../support/seed-file";
import { freeze } from "../../support/freeze";
import { createStatement, editStatement, importStatementFile, insertNewStatement, retractStatement } from "@/db/statements";
import { editSource } from "@/db/sources";
import { searchStatements } from "@/db/search";
import { parseSearchQuery } from "@/lib/search/query";

let t: TestDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

const ACTOR = "ana@example.org";

/** The statement ids a reader's search text finds (through the same parsing as the page and API). */
function find(q: string, known: number | null = null): number[] {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.error);
  return searchStatements(t!.db, parsed.terms, { known, limit: 50 }).results.map((s) => s.id);
}

function record(over: Parameters<typeof statementInput>[0] = {}): number {
  return createStatement(t!.db, statementInput(over), ACTOR).current.id;
}

const indexRows = () => (t!.db.$client.prepare("select count(*) as n from search_text").get() as { n: number }).n;

describe("search follows every write", () => {
  it("finds a recorded statement by its quote, translation, speaker, note and source title and publisher", () => {
    t = createTestDb("reference");
    const id = record({
      quote: "Wir schicken keine Bodentruppen.",
      quoteLanguage: "de",
      quoteTranslation: "We are sending no ground troops.",
      translationBy: "editor",
      speaker: "Boris Pistorius",
      note: "Said at the Hauptstadtpresse briefing",
      source: { title: "Interview im Deutschlandfunk", publisher: "Deutschlandradio", url: null, publishedOn: null },
    });
    for (const q of ["Bodentruppen", "ground", "Pistorius", "Hauptstadtpresse", "Deutschlandfunk", "Deutschlandradio"]) expect(find(q), q).toEqual([id]);
    expect(find("Bodentruppen Pistorius")).toEqual([id]);
    expect(find("Bodentruppen Macron")).toEqual([]);
  });

  it("an edit replaces the current text, and known= before the edit still finds the old text", async () => {
    t = createTestDb("reference");
    const id = record({ quote: "Wir prüfen eine Beteiligung." });
    const beforeEdit = freeze();
    editStatement(t.db, id, 1, statementInput({ quote: "Wir entsenden Soldaten." }), ACTOR, "fix");
    expect(find("Beteiligung")).toEqual([]);
    expect(find("Soldaten")).toEqual([id]);
    expect(find("Beteiligung", beforeEdit)).toEqual([id]);
    expect(find("Soldaten", beforeEdit)).toEqual([]);
  });

  it("a retracted statement is not found; as known before the retraction it is", async () => {
    t = createTestDb("reference");
    const id = record({ quote: "Tausende Soldaten stehen bereit." });
    const beforeRetraction = freeze();
    retractStatement(t.db, id, 1, "misquoted", ACTOR);
    expect(find("Tausende")).toEqual([]);
    expect(find("Tausende", beforeRetraction)).toEqual([id]);
  });

  it("an import is indexed; a failed import leaves the index unchanged", () => {
    t = createTestDb("reference");
    const header = "country,stated_on,stance,quote,source_title\n";
    expect(importStatementFile(t.db, `${header}FRA,2025-09-04,troops,Macron annonce une force de réassurance,Le Monde\n`, "cli-import")).toMatchObject({ imported: true });
    expect(find("réassurance")).toHaveLength(1);
    const rows = indexRows();
    const bad = `${header}DEU,2025-09-05,troops,Merz spricht von Rückversicherung,FAZ\nXXX,2025-09-05,nonsense,x,y\n`;
    expect(importStatementFile(t.db, bad, "cli-import")).toMatchObject({ imported: false });
    expect(indexRows()).toBe(rows);
    expect(find("Rückversicherung")).toEqual([]);
  });

  it("a write that fails after inserting its version rolls the index back with it (same transaction)", () => {
    t = createTestDb("reference");
    const rows = indexRows();
    expect(() =>
      t!.db.$client.transaction(() => {
        insertNewStatement(t!.db, statementInput({ quote: "Ein Satz, der nie gespeichert wird" }), ACTOR, Date.now());
        expect(find("gespeichert")).toHaveLength(1); // inside the transaction the trigger has indexed it
        throw new Error("a later step of the write fails");
      })(),
    ).toThrow(/later step/);
    expect(indexRows()).toBe(rows);
    expect(find("gespeichert")).toEqual([]);
  });

  it("corroborating sources are searched, and a source edit re-indexes every version citing it", () => {
    t = createTestDb("reference");
    const primary = { title: "Erste Meldung", publisher: "Agentur A", url: null, publishedOn: null };
    const more = { title: "Zweite Meldung", publisher: "Zeitung B", url: null, publishedOn: null };
    const a = record({ source: primary });
    const b = record({ countryIso3: "GBR", source: { title: "Other", publisher: null, url: null, publishedOn: null }, moreSources: [more] });
    expect(find("Zweite")).toEqual([b]);
    expect(find("Meldung").sort()).toEqual([a, b].sort());
    const sources = t.db.$client.prepare("select id, title from sources").all() as { id: number; title: string }[];
    for (const s of sources.filter((x) => x.title.endsWith("Meldung"))) {
      editSource(t.db, s.id, 1, { title: s.title.replace("Meldung", "Nachricht"), publisher: null, url: null, publishedOn: null, language: null, retrievedOn: null, archivedUrl: null, note: null }, ACTOR);
    }
    expect(find("Meldung")).toEqual([]);
    expect(find("Nachricht").sort()).toEqual([a, b].sort());
    expect(find("Zweite Nachricht")).toEqual([b]);
    expect(find("Agentur")).toEqual([]); // the publisher was cleared by the edit
  });
});

describe("what matches", () => {
  it("German compounds, case and diacritics: 3+ characters match inside words, fewer only whole words", () => {
    t = createTestDb("reference");
    const de = record({ quote: "Die Bodentruppen übernehmen den Übergang; Präsident Selenskyj dankte der EU." });
    const en = record({ countryIso3: "GBR", quote: "Europe and Zelenskyj agreed on a European mission." });
    expect(find("Truppen")).toEqual([de]);
    expect(find("BODENTRUPPEN")).toEqual([de]);
    expect(find("ubernehmen")).toEqual([de]);
    expect(find("Übergang")).toEqual([de]);
    expect(find("praesident")).toEqual([]); // umlauts fold to the base letter, not to "ae"
    expect(find("Präsident")).toEqual([de]);
    expect(find("Selenskyj")).toEqual([de]);
    expect(find("Zélenskyj")).toEqual([en]);
    expect(find("lenskyj").sort()).toEqual([de, en].sort());
    expect(find("EU")).toEqual([de]); // a whole word, not the "Eu" of "Europe"
    expect(find("eu Truppen")).toEqual([de]);
  });

  it("finds the README's examples: names, plurals and compounds inside longer words", () => {
    t = createTestDb("reference");
    const a = record({ quote: "Zehntausende Berufssoldaten, sagte Pistorius in der Straße." });
    const b = record({ countryIso3: "GBR", quote: "Macrons Vorschlag: Tausende Soldaten, keine Bodentruppen." });
    expect(find("Tausende").sort()).toEqual([a, b].sort());
    expect(find("Soldaten").sort()).toEqual([a, b].sort());
    expect(find("Pistorius")).toEqual([a]);
    expect(find("Macron")).toEqual([b]);
    expect(find("Truppen")).toEqual([b]);
    expect(find("Straße")).toEqual([a]);
    expect(find("strasse")).toEqual([]); // "ß" is not folded to "ss"
  });

  const PAYLOADS = ['"', '""', "'", 'a"b', "NEAR(", "NEAR(Truppen Soldaten, 2)", "*", "Trup*", "-", "-Truppen", "OR", "Truppen OR Macron", "AND", "NOT Truppen",
    "quote:", "quote:Truppen", "note:x", "{quote note}:Truppen", "^Truppen", "(", ")", "Truppen)", "+", ":", "\\", "%", "_", "' OR 1=1 --", "col1 : x", "\u0000x", "\u0000", "x\u0007\u001b[0m", "🙂"];

  it.each(PAYLOADS)("input shaped like FTS5 syntax is searched as text, never an error: %j", (q) => {
    t = createTestDb("reference");
    record({ quote: "Truppen und Soldaten" });
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) return expect(parsed.error).toMatch(/letters or digits/);
    expect(() => searchStatements(t!.db, parsed.terms)).not.toThrow();
    expect(() => searchStatements(t!.db, [q])).not.toThrow(); // even unparsed, as one raw term
  });

  it("operators and column filters are text: a quote holding them is found by them, others are not", () => {
    t = createTestDb("reference");
    const id = record({ quote: 'He wrote "NEAR(alpha OR beta*)" and quote:gamma -delta' });
    const other = record({ countryIso3: "GBR", quote: "alpha beta gamma delta" });
    expect(find('"NEAR(alpha')).toEqual([id]);
    expect(find("quote:gamma")).toEqual([id]);
    expect(find("OR beta*")).toEqual([id]); // "OR" is the word "OR" (only the first quote has it), "beta*" the word beta
    expect(find("beta*").sort()).toEqual([id, other].sort());
    expect(find("alpha OR zzz")).toEqual([]); // no OR operator: every word must occur
    expect(searchStatements(t.db, ["beta*)"]).results.map((s) => s.id)).toEqual([id]);
  });

  it("pages through matches newest recorded first with a cursor, each statement once", () => {
    t = createTestDb("reference");
    const ids = ["FRA", "GBR", "DEU", "ITA", "POL"].map((c) => record({ countryIso3: c, quote: `Soldaten aus ${c}` }));
    const seen: number[] = [];
    let before: number | null = null;
    for (let i = 0; i < 5; i++) {
      const page = searchStatements(t.db, ["Soldaten"], { limit: 2, before });
      seen.push(...page.results.map((s) => s.id));
      if (page.next === null) break;
      before = page.next;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it("finds a German word of a seed quote and an English word of its translation", () => {
    t = createTestDb("full");
    const row = seedFileRows().find((r) => r.quote_language === "de" && r.quote_translation)!;
    const german = row.quote!.split(/[^\p{L}]+/u).find((w) => w.length >= 8)!;
    const english = row.quote_translation!.split(/[^\p{L}]+/u).find((w) => w.length >= 8)!;
    for (const word of [german, english]) {
      const parsed = parseSearchQuery(word);
      const hits = searchStatements(t.db, parsed.ok ? parsed.terms : [], { limit: 50 }).results;
      expect(hits.some((s) => s.quote === row.quote), word).toBe(true);
    }
  });
});
