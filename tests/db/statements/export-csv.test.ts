/**
 * The export file built from kept lines (db/statements/export-csv.ts) is the current writer's
 * file byte for byte (statementsToCsv over listCurrentStatements), on the seed and on a synthetic
 * set of awkward values, and stays so after each kind of write that changes a line: a new
 * statement, an edit, a retraction, a source edit, a statement moved to another country.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { INERT_TEXT } from "../../support/hostile-input";
import { statementInput } from "../../support/statement-input";
import { createStatement, editStatement, listCurrentStatements, retractStatement, statementsToCsv } from "@/db/statements";
import { exportStatementsCsv } from "@/db/statements/export-csv";
import { editSource, getSourceForEdit } from "@/db/sources";
import type { Db } from "@/db/client";

let t: TestDb | undefined;
afterEach(() => t?.close());

const expected = (db: Db) => statementsToCsv(listCurrentStatements(db));
const ACTOR = "ana@example.org";

describe("exportStatementsCsv", () => {
  it("writes the seed's export byte for byte, twice (the second from kept lines)", () => {
    t = createTestDb("full");
    const want = expected(t.db);
    expect(want.split("\n").length).toBeGreaterThan(50);
    expect(exportStatementsCsv(t.db)).toBe(want);
    expect(exportStatementsCsv(t.db)).toBe(want);
  });

  it("writes an empty dataset as the header alone", () => {
    t = createTestDb("reference");
    expect(exportStatementsCsv(t.db)).toBe(expected(t.db));
    expect(exportStatementsCsv(t.db).endsWith("\n")).toBe(true);
  });

  it("matches on awkward values and after every write that changes a line", () => {
    t = createTestDb("reference");
    const db = t.db;
    const texts = [...Object.values(INERT_TEXT), 'a "quoted", comma', "carriage\rreturn", "crlf\r\nline", "  padded  ", "-", "=", "@x", "+", "'+1"];
    const countries = ["FRA", "DEU", "GBR", "EST", "POL"];
    const ids = texts.map((text, i) =>
      createStatement(
        db,
        statementInput({
          countryIso3: countries[i % countries.length]!,
          statedOn: `2025-0${1 + (i % 9)}-1${i % 10}`,
          quote: text,
          conditions: i % 2 ? text : null,
          note: i % 3 ? null : text,
          speaker: i % 4 ? text.slice(0, 40) : null,
          contributions: i % 2 ? ["ground", "air"] : [],
          source: { title: `Source ${i % 4}: ${text}`.slice(0, 200), publisher: i % 2 ? text.slice(0, 100) : null, url: i % 3 ? `https://example.org/${i}?a=1,2` : null, publishedOn: i % 2 ? "2025-09-01" : null },
          moreSources: i % 3 === 0 ? [{ title: `More, "${i}"`, publisher: null, url: null, publishedOn: null }] : [],
        }),
        ACTOR,
      ).current,
    );
    expect(exportStatementsCsv(db)).toBe(expected(db));

    const [first, second, third] = ids as [(typeof ids)[0], (typeof ids)[0], (typeof ids)[0]];
    // An edit: a new version replaces the old line.
    editStatement(db, first.id, first.version, statementInput({ quote: "edited, with \"quotes\"", source: first.source }), ACTOR);
    expect(exportStatementsCsv(db)).toBe(expected(db));
    // A retraction: the statement leaves the file.
    retractStatement(db, second.id, second.version, "wrong", ACTOR);
    expect(exportStatementsCsv(db)).toBe(expected(db));
    // A source edit: every line citing it changes, though no statement version does.
    const src = getSourceForEdit(db, third.source.id);
    editSource(db, src.id, src.version, { ...src, title: "Renamed, \"source\"", url: "https://example.org/renamed" }, ACTOR);
    expect(exportStatementsCsv(db)).toBe(expected(db));
    // A corroborating source's edit, likewise.
    const cited = listCurrentStatements(db).find((s) => s.sources.length > 1)!;
    const more = getSourceForEdit(db, cited.sources[1]!.id);
    editSource(db, more.id, more.version, { ...more, title: "More, renamed" }, ACTOR);
    expect(exportStatementsCsv(db)).toBe(expected(db));
    // A statement moved to another country: another place in the file's order.
    const moved = listCurrentStatements(db).at(-1)!;
    editStatement(db, moved.id, moved.version, statementInput({ countryIso3: "AUT", quote: moved.quote, source: moved.source }), ACTOR);
    const after = exportStatementsCsv(db);
    expect(after).toBe(expected(db));
    expect(after).toContain("More, renamed");
  });
});
