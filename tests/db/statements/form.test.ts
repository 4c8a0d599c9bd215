import { describe, expect, it } from "vitest";
import { parseStatementForm, parseSourceRef } from "@/db/statements/form";
import { validateImportRow } from "@/db/statements/validation";
import { resolveCountry } from "@/lib/countries";
import type { FormValues } from "@/lib/validation/form-values";

const NOW = new Date("2026-03-10T12:00:00Z");

const base: FormValues = {
  country: "France (FRA)",
  stated_on: "2026-03-05",
  stance: "troops",
  contributions: ["ground", "air"],
  conditions: "after a ceasefire",
  quote: "We are ready.",
  quote_language: "EN",
  speaker: "Emmanuel Macron",
  confidence: "high",
  note: "",
  source_mode: "new",
  source_id: "",
  source_title: "Macron on the force",
  source_publisher: "Le Monde",
  source_url: "https://example.org/a",
  source_published_on: "2026-03-06",
};

function errorsOf(values: FormValues) {
  const r = parseStatementForm(values, NOW);
  if (r.ok) throw new Error("expected the form to be refused");
  return r.fieldErrors;
}

describe("parseStatementForm", () => {
  it("normalises a valid form with a new source", () => {
    const r = parseStatementForm(base, NOW);
    expect(r).toEqual({
      ok: true,
      data: {
        countryIso3: "FRA",
        statedOn: "2026-03-05",
        statedOnPrecision: "day",
        stance: "troops",
        contributions: ["ground", "air"],
        conditions: "after a ceasefire",
        quote: "We are ready.",
        quoteLanguage: "en",
        quoteTranslation: null,
        translationBy: null,
        speaker: "Emmanuel Macron",
        speakerRole: null,
        commitment: null,
        sizeText: null,
        troopsMin: null,
        troopsMax: null,
        conditionKeys: [],
        confidence: "high",
        note: null,
        changeReason: null,
        source: { title: "Macron on the force", publisher: "Le Monde", url: "https://example.org/a", publishedOn: "2026-03-06" },
        moreSources: [],
      },
    });
  });

  it("takes month precision from a YYYY-MM date and an existing source from the type-ahead text", () => {
    const r = parseStatementForm({ ...base, stated_on: "2026-02", source_mode: "existing", source_id: "#12 · Title · Publisher" }, NOW);
    expect(r.ok && r.data.statedOn).toBe("2026-02-01");
    expect(r.ok && r.data.statedOnPrecision).toBe("month");
    expect(r.ok && r.data.source).toEqual({ id: 12 });
  });

  it("refuses, field by field and all at once: unknown country, bad date, javascript: URL, 100 kB quote", () => {
    const errors = errorsOf({
      ...base,
      country: "Narnia",
      stated_on: "05/03/2026",
      source_url: "javascript:alert(1)",
      quote: "x".repeat(100_000),
    });
    expect(errors.country).toEqual(["unknown country 'Narnia'"]);
    expect(errors.stated_on).toEqual(["stated_on '05/03/2026' is not a date (YYYY-MM-DD or YYYY-MM)"]);
    expect(errors.source_url).toEqual(["source_url 'javascript:alert(1)' is not an http(s) URL"]);
    expect(errors.quote).toEqual(["quote is 100000 characters long (max 1000)"]);
  });

  it("requires a source in either mode", () => {
    expect(errorsOf({ ...base, source_title: "  " }).source_title).toEqual(["source_title is required"]);
    expect(errorsOf({ ...base, source_mode: "existing", source_id: "" }).source_id).toEqual([
      "source is required: pick one from the list, or add a new one",
    ]);
    expect(errorsOf({ ...base, source_mode: "existing", source_id: "Le Monde" }).source_id).toEqual(["source 'Le Monde' is not in the list"]);
    expect(errorsOf({ ...base, source_mode: "bogus" }).source_mode).toBeDefined();
  });

  it("refuses a date after tomorrow (a typo), but accepts tomorrow for editors east of UTC", () => {
    expect(errorsOf({ ...base, stated_on: "2027-03-05" }).stated_on).toEqual(["stated_on '2027-03-05' is in the future"]);
    expect(parseStatementForm({ ...base, stated_on: "2026-03-11" }, NOW).ok).toBe(true);
  });

  it("refuses unknown stances and contributions, as the import does", () => {
    const errors = errorsOf({ ...base, stance: "invade", contributions: ["ground", "space"] });
    expect(errors.stance?.[0]).toMatch(/^unknown stance 'invade'/);
    expect(errors.contributions?.[0]).toMatch(/^unknown contribution 'space'/);
  });

  it("accepts exactly what the CSV import accepts for the same values", () => {
    const cases: Record<string, string>[] = [
      { stated_on: "2025-13-01" },
      { stated_on: "2025-02" },
      { quote_language: "pt-BR" },
      { quote_language: "english!" },
      { confidence: "" },
      { confidence: "certain" },
      { speaker: "s".repeat(201) },
      { source_url: "http://example.org/ok" },
      { source_url: "ftp://example.org/x" },
      { source_published_on: "2025-02-30" },
      { country: "DE" },
      { country: "Congo" },
    ];
    for (const change of cases) {
      const values = { ...base, ...change };
      const form = parseStatementForm(values, NOW);
      const row = validateImportRow(
        { ...values, contributions: "ground;air" } as Record<string, string>,
        { resolveCountry, today: "2026-03-11" },
      );
      expect({ change, ok: form.ok }).toEqual({ change, ok: row.ok });
      if (!form.ok && !row.ok) expect(Object.values(form.fieldErrors).flat()).toEqual(row.errors);
    }
  });
});

describe("parseSourceRef", () => {
  it("reads ids from type-ahead text or bare numbers only", () => {
    expect(parseSourceRef("#7 · A · B")).toBe(7);
    expect(parseSourceRef("7")).toBe(7);
    expect(parseSourceRef("#7")).toBe(7);
    expect(parseSourceRef("7th report")).toBeNull();
    expect(parseSourceRef("")).toBeNull();
  });
});
