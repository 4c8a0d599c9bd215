import { describe, expect, it } from "vitest";
import { coalitionCsv, contributionsCsv, toCsv } from "@/lib/charts/chart-csv";
import { countContributions } from "@/lib/timeline/contribution-counts";
import { emptyCounts } from "@/lib/timeline/timeline";
import { STANCE_KEYS } from "@/lib/types";

describe("toCsv", () => {
  it("quotes only fields that need it and doubles quotes", () => {
    expect(toCsv([["a", "b,c", 'say "hi"', "two\nlines", 3, null]])).toBe('a,"b,c","say ""hi""","two\nlines",3,\n');
  });

  it("neutralises text that a spreadsheet would run as a formula, but not numbers", () => {
    expect(toCsv([["=SUM(A1)", "+1", "-x", "@me", -2]])).toBe("'=SUM(A1),'+1,'-x,'@me,-2\n");
  });

  it("ends with a newline and writes an empty table as a lone newline", () => {
    expect(toCsv([])).toBe("\n");
    expect(toCsv([["x"], ["y"]])).toBe("x\ny\n");
  });
});

describe("coalitionCsv", () => {
  it("writes one row per step, categories in the order given, with the total", () => {
    const steps = [
      { from: "2025-08-01", until: "2025-09-03", counts: { ...emptyCounts(), undecided: 1 }, total: 1 },
      { from: "2025-09-04", until: "2026-01-05", counts: { ...emptyCounts(), troops: 5, undecided: 1 }, total: 6 },
    ];
    expect(coalitionCsv(steps, STANCE_KEYS)).toBe(
      "from,until,troops,air_policing,naval,training_only,support_only,undecided,refusal,total\n" +
        "2025-08-01,2025-09-03,0,0,0,0,0,1,0,1\n" +
        "2025-09-04,2026-01-05,5,0,0,0,0,1,0,6\n",
    );
  });
});

describe("countContributions / contributionsCsv", () => {
  const offers = [
    { countryIso3: "FRA", countryName: "France", contributions: ["ground", "training"] as const },
    { countryIso3: "DEU", countryName: "Germany", contributions: ["equipment", "equipment"] as const },
    { countryIso3: "DNK", countryName: "Denmark", contributions: ["ground"] as const },
    { countryIso3: "USA", countryName: "United States", contributions: [] as const },
  ];

  it("counts each country once per kind, lists every kind, names sorted", () => {
    const rows = countContributions(offers);
    expect(rows.map((r) => r.key)).toEqual(["ground", "air", "naval", "training", "financing", "equipment", "monitoring", "regional_presence"]);
    expect(rows[0]).toEqual({
      key: "ground",
      label: "Ground forces",
      count: 2,
      countries: [
        { iso3: "DNK", name: "Denmark" },
        { iso3: "FRA", name: "France" },
      ],
    });
    expect(rows.find((r) => r.key === "equipment")?.count).toBe(1);
    expect(rows.find((r) => r.key === "air")).toMatchObject({ count: 0, countries: [] });
  });

  it("writes the counts with the names behind them", () => {
    const csv = contributionsCsv(countContributions(offers));
    expect(csv.split("\n").slice(0, 3)).toEqual(["contribution,countries,country_names", "ground,2,Denmark; France", "air,0,"]);
  });
});
