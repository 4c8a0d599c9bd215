import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreFormula } from "@/lib/csv";
import { CSV_COLUMNS, formatStatementsCsv, parseStatementsCsv, type CsvColumn } from "@/db/statements/csv";

const HEADER = CSV_COLUMNS.join(",");
const full = (r: Partial<Record<CsvColumn, string>>) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, r[c] ?? ""]));

describe("parseStatementsCsv", () => {
  it("reads a minimal file with columns in any order, filling absent ones with ''", () => {
    const { rows, error } = parseStatementsCsv("stance,country,source_title,stated_on\ntroops,FRA,Élysée,2025-03-01\n");
    expect(error).toBeUndefined();
    expect(rows).toEqual([{ line: 2, record: full({ country: "FRA", stated_on: "2025-03-01", stance: "troops", source_title: "Élysée" }) }]);
  });

  it("handles quotes, commas and newlines in fields and reports each record's first line", () => {
    const text = [
      "country,stated_on,stance,source_title,quote",
      'FRA,2025-03-01,troops,"Speech, Paris","He said ""yes""',
      'and then more"',
      "",
      "DEU,2025-03,refusal,Interview,",
      'GBR,2025-03-02,troops,"A\r\nB",x',
    ].join("\n");
    const { rows, error } = parseStatementsCsv(text);
    expect(error).toBeUndefined();
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(rows[0]?.record.source_title).toBe("Speech, Paris");
    expect(rows[0]?.record.quote).toBe('He said "yes"\nand then more');
    expect(rows[1]?.record.stated_on).toBe("2025-03");
    expect(rows[2]?.record.source_title).toBe("A\r\nB");
  });

  it("counts lines the same with CRLF and mixed line endings", () => {
    const text = 'country,stated_on,stance,source_title\r\nFRA,2025-03-01,troops,"a\r\nb"\r\n\r\nDEU,2025-03-01,refusal,c\nITA,2025-03-01,naval,d';
    expect(parseStatementsCsv(text).rows.map((r) => [r.line, r.record.country])).toEqual([[2, "FRA"], [5, "DEU"], [6, "ITA"]]);
  });

  it("skips rows whose fields are all empty (spreadsheet padding)", () => {
    const { rows } = parseStatementsCsv("country,stated_on,stance,source_title\nFRA,2025-03-01,troops,t\n,,,\n , ,,\n");
    expect(rows).toHaveLength(1);
  });

  it("accepts header names in any case and with spaces", () => {
    const { rows, error } = parseStatementsCsv(" Country ,STATED_ON,Stance,Source_Title\nFRA,2025-03-01,troops,t");
    expect(error).toBeUndefined();
    expect(rows[0]?.record.country).toBe("FRA");
  });

  it("strips a UTF-8 BOM from strings and bytes", () => {
    const text = "\uFEFFcountry,stated_on,stance,source_title\nFRA,2025-03-01,troops,Sécurité\n";
    expect(parseStatementsCsv(text).rows[0]?.record.country).toBe("FRA");
    const bytes = Buffer.from(text, "utf8");
    expect(bytes[0]).toBe(0xef);
    const parsed = parseStatementsCsv(bytes);
    expect(parsed.error).toBeUndefined();
    expect(parsed.rows[0]?.record).toMatchObject({ country: "FRA", source_title: "Sécurité" });
    expect(parseStatementsCsv(new TextEncoder().encode("country,stated_on,stance,source_title\nFRA,2025-03-01,troops,t")).rows).toHaveLength(1);
  });

  it("refuses bytes that are not UTF-8", () => {
    const latin1 = Buffer.from("country,stated_on,stance,source_title\nFRA,2025-03-01,troops,S\xe9curit\xe9\n", "latin1");
    expect(parseStatementsCsv(latin1)).toEqual({ rows: [], error: "file is not valid UTF-8 (line 2); save it as UTF-8" });
  });

  it.each([
    ["", "file is empty (expected a header row)"],
    ["\n\n", "file is empty (expected a header row)"],
    ["country,stated_on,stance\nFRA,2025-03-01,troops", "missing required column: source_title"],
    ["quote\nx", "missing required columns: country, stated_on, stance, source_title"],
    ["country,stated_on,stance,source_title,colour\n", "unknown column 'colour'"],
    ["country,stated_on,stance,source_title,country\n", "column 'country' appears more than once"],
    ["country,stated_on,stance,source_title\nFRA,2025-03-01,troops\n", "line 2: 3 fields, but the header has 4"],
    ["country,stated_on,stance,source_title\nFRA,2025-03-01,troops,t,extra\n", "line 2: 5 fields, but the header has 4"],
    ['country,stated_on,stance,source_title\nFRA,2025-03-01,troops,"unclosed\n', "malformed CSV: Quote Not Closed"],
    ['country,stated_on,stance,source_title\nFRA,2025-03-01,troops,"a"b\n', "malformed CSV: Invalid Closing Quote"],
  ])("reports a problem with the file: %j", (text, message) => {
    const result = parseStatementsCsv(text);
    expect(result.rows).toEqual([]);
    expect(result.error).toContain(message);
  });
});

describe("formatStatementsCsv", () => {
  const rows = [
    full({ country: "FRA", stated_on: "2025-03-01", stance: "troops", contributions: "ground;air", source_title: "Speech, Paris", quote: 'He said "yes"\nthen more', source_url: "https://example.org/a?b=1&c=2" }),
    full({ country: "DEU", stated_on: "2025-03", stance: "refusal", source_title: "  spaced  ", note: "Zürich — ok", confidence: "low" }),
    full({ country: "GBR", stated_on: "2025-03-02", stance: "naval", source_title: "carriage\rreturn" }),
  ];

  it("writes the header in CSV_COLUMNS order, LF endings, quoting only when needed", () => {
    const out = formatStatementsCsv(rows);
    expect(out.startsWith(`${HEADER}\n`)).toBe(true);
    expect(out.endsWith("\n")).toBe(true);
    expect(out).not.toContain("\r\n");
    expect(out).toContain('FRA,2025-03-01,troops,,ground;air,,,,,,"He said ""yes""\nthen more",,,,,,"Speech, Paris",,https://example.org/a?b=1&c=2,,,,\n');
    expect(out).toContain("DEU,2025-03,refusal,,,,,,,,,,,,,,  spaced  ,,,,,low,Zürich — ok\n");
    expect(out).toContain('"carriage\rreturn"');
  });

  it("writes just the header for no rows and empty cells for missing or null values", () => {
    expect(formatStatementsCsv([])).toBe(`${HEADER}\n`);
    expect(formatStatementsCsv([{ country: "FRA", quote: null }])).toBe(`${HEADER}\nFRA,,,,,,,,,,,,,,,,,,,,,,\n`);
  });

  it("round-trips byte for byte: export -> import -> export", () => {
    const first = formatStatementsCsv(rows);
    const parsed = parseStatementsCsv(first);
    expect(parsed.error).toBeUndefined();
    expect(parsed.rows.map((r) => r.record)).toEqual(rows);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(formatStatementsCsv(parsed.rows.map((r) => r.record))).toBe(first);
    expect(formatStatementsCsv(parseStatementsCsv(Buffer.from(first)).rows.map((r) => r.record))).toBe(first);
  });
});

describe("formula neutralising", () => {
  it("makes cells that spreadsheets would run as formulas start with an apostrophe", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+1")).toBe("'+1");
    expect(neutraliseFormula("-1")).toBe("'-1");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("a=1")).toBe("a=1");
    expect(neutraliseFormula("'quoted'")).toBe("'quoted'");
    expect(neutraliseFormula("")).toBe("");
  });

  it("is undone exactly by restoreFormula, for any apostrophes in front", () => {
    for (const s of ["=1", "'=1", "''=1", "+x", "-", "@", "'", "''", "a", "'a", "", "=", "'-'"]) {
      expect(restoreFormula(neutraliseFormula(s)), s).toBe(s);
    }
  });

  it("applies to written files and to read files", () => {
    const csv = formatStatementsCsv([{ country: "FRA", quote: "=HYPERLINK(\"x\")", note: "-2" }]);
    expect(csv.split("\n")[1]).toBe(`FRA,,,,,,,,,,"'=HYPERLINK(""x"")",,,,,,,,,,,,'-2`);
    expect(parseStatementsCsv(csv).rows[0]?.record).toMatchObject({ quote: '=HYPERLINK("x")', note: "-2" });
  });
});
