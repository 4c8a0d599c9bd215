/** formatCsvRecord writes each record exactly as formatCsv (csv-stringify) does, line for line. */
import { describe, expect, it } from "vitest";
import { formatCsv, formatCsvRecord } from "@/lib/csv";
import { INERT_TEXT } from "../support/hostile-input";

const COLUMNS = ["a", "b", "c"];

describe("formatCsvRecord", () => {
  it("is formatCsv's line for every awkward value, in every position", () => {
    const values = [
      ...Object.values(INERT_TEXT),
      "", " ", "plain", ",", '"', '""', "\n", "\r", "\r\n", "a,b", 'say "hi"', "tab\there", "-1", "=", "+", "@", "'", "''=x", "'-", "\t=1",
      "ﬁ 🇺🇦", "\u2028line separator", "trailing,", ",leading", "x\n", "\ny",
    ];
    const rows = values.flatMap((v, i) => [
      [v, "", "x"],
      ["", v, values[(i + 1) % values.length]!],
      [values[(i + 7) % values.length]!, "y", v],
    ]);
    const whole = formatCsv(rows.map((r) => Object.fromEntries(COLUMNS.map((c, j) => [c, r[j]!]))), COLUMNS);
    const header = formatCsv([], COLUMNS);
    expect(header).toBe("a,b,c\n");
    expect(header + rows.map(formatCsvRecord).join("")).toBe(whole);
  });
});
