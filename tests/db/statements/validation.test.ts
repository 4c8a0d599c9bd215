import { describe, expect, it, vi } from "vitest";
import { formatContributions, parseContributions, validateImportRow, type RowLookups } from "@/db/statements/validation";
import { httpUrl, isHttpUrl, textProblem } from "@/lib/validation/fields";

// Counts the zod object schemas built, to show that a row reuses its lookups' schema instead of
// building one (the costly part) per row. Everything else is the real zod.
const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock("zod", async (importOriginal) => {
  const actual = await importOriginal<typeof import("zod")>();
  const object = ((...args: Parameters<typeof actual.z.object>) => {
    built.objects += 1;
    return actual.z.object(...args);
  }) as typeof actual.z.object;
  return { ...actual, z: { ...actual.z, object } };
});

const lookups: RowLookups = {
  resolveCountry: (s) => ({ FRA: "FRA", France: "FRA", UK: "GBR" })[s] ?? null,
};
const base = { country: "France", stated_on: "2025-03-01", stance: "troops", source_title: "Élysée press conference" };

function errorsOf(record: Record<string, string>, l: RowLookups = lookups): string[] {
  const result = validateImportRow(record, l);
  return result.ok ? [] : result.errors;
}

describe("validateImportRow", () => {
  it("normalises a minimal row, with nulls and defaults for the rest", () => {
    expect(validateImportRow(base, lookups)).toEqual({
      ok: true,
      value: {
        countryIso3: "FRA",
        statedOn: "2025-03-01",
        statedOnPrecision: "day",
        stance: "troops",
        contributions: [],
        conditions: null,
        quote: null,
        quoteLanguage: null,
        quoteTranslation: null,
        translationBy: null,
        speaker: null,
        speakerRole: null,
        commitment: null,
        sizeText: null,
        troopsMin: null,
        troopsMax: null,
        conditionKeys: [],
        confidence: "medium",
        note: null,
        source: { title: "Élysée press conference", publisher: null, url: null, publishedOn: null },
        moreSources: [],
      },
    });
  });

  it("normalises a full row: trimming, month precision, case, canonical contributions", () => {
    const result = validateImportRow(
      {
        country: " UK ",
        stated_on: "2025-03",
        stance: " Air policing ",
        contributions: "training; ground,AIR ; ground;regional presence",
        conditions: "  US backstop \r\n and a ceasefire ",
        quote: " We will be there. ",
        quote_language: "EN-gb",
        speaker: "PM",
        source_title: "Statement",
        source_publisher: "",
        source_url: " https://www.gov.uk/news?a=1 ",
        source_published_on: "2025-03-02",
        confidence: "HIGH",
        note: "   ",
      },
      lookups,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        countryIso3: "GBR",
        statedOn: "2025-03-01",
        statedOnPrecision: "month",
        stance: "air_policing",
        contributions: ["ground", "air", "training", "regional_presence"],
        conditions: "US backstop \n and a ceasefire",
        quote: "We will be there.",
        quoteLanguage: "en-gb",
        confidence: "high",
        note: null,
        source: { title: "Statement", publisher: null, url: "https://www.gov.uk/news?a=1", publishedOn: "2025-03-02" },
      },
    });
  });

  it.each<[Record<string, string>, string]>([
    [{ country: "Atlantis" }, "unknown country 'Atlantis'"],
    [{ country: " " }, "country is required"],
    [{ stated_on: "2025-02-30" }, "stated_on '2025-02-30' is not a date (YYYY-MM-DD or YYYY-MM)"],
    [{ stated_on: "" }, "stated_on is required"],
    [{ stance: "maybe" }, "unknown stance 'maybe' (expected one of troops, air_policing, naval, training_only, support_only, undecided, refusal)"],
    [{ source_title: "" }, "source_title is required"],
    [{ source_url: "javascript:alert(1)" }, "source_url 'javascript:alert(1)' is not an http(s) URL"],
    [{ source_url: "www.example.org" }, "source_url 'www.example.org' is not an http(s) URL"],
    [{ contributions: "ground;tanks" }, "unknown contribution 'tanks' (expected one of ground, air, naval, training, financing, equipment, monitoring, regional_presence)"],
    [{ confidence: "sure" }, "unknown confidence 'sure' (expected one of high, medium, low)"],
    [{ source_published_on: "2025-03" }, "source_published_on '2025-03' is not a date (YYYY-MM-DD)"],
    [{ quote_language: "French" }, "quote_language 'French' is not a language code (e.g. en, fr, pt-BR)"],
    [{ quote: "q".repeat(1001) }, "quote is 1001 characters long (max 1000)"],
    [{ note: "n".repeat(2001) }, "note is 2001 characters long (max 2000)"],
    [{ conditions: "c".repeat(2001) }, "conditions is 2001 characters long (max 2000)"],
    [{ source_title: "t".repeat(501) }, "source_title is 501 characters long (max 500)"],
    [{ source_publisher: "p".repeat(501) }, "source_publisher is 501 characters long (max 500)"],
    [{ speaker: "s".repeat(201) }, "speaker is 201 characters long (max 200)"],
    [{ source_url: `https://example.org/${"a".repeat(2000)}` }, "source_url is 2020 characters long (max 2000)"],
  ])("refuses %j", (override, message) => {
    expect(errorsOf({ ...base, ...override })).toEqual([message]);
  });

  it("accepts values exactly at the limits, counting characters not UTF-16 units", () => {
    expect(errorsOf({ ...base, quote: "q".repeat(1000), speaker: "🇺🇦".repeat(100) })).toEqual([]);
  });

  it("reports every problem of a row at once", () => {
    const errors = errorsOf({ country: "Atlantis", stated_on: "soon", stance: "maybe", contributions: "x;y" });
    expect(errors).toHaveLength(6);
    expect(errors[0]).toBe("unknown country 'Atlantis'");
    expect(errors).toContain("source_title is required");
    expect(errors).toContain("unknown contribution 'y' (expected one of ground, air, naval, training, financing, equipment, monitoring, regional_presence)");
  });

  it("treats missing columns as empty", () => {
    expect(errorsOf({})).toEqual(["country is required", "stated_on is required", "stance is required", "source_title is required"]);
  });

  it("refuses future dates only when told today", () => {
    expect(errorsOf({ ...base, stated_on: "2030-01-01" })).toEqual([]);
    expect(errorsOf({ ...base, stated_on: "2030-01-01" }, { ...lookups, today: "2026-01-07" })).toEqual(["stated_on '2030-01-01' is in the future"]);
    expect(errorsOf({ ...base, stated_on: "2026-01" }, { ...lookups, today: "2026-01-07" })).toEqual([]);
  });
});

describe("validateImportRow at import scale", () => {
  it("builds its schema once per lookups, not per row (10k rows, each with a fresh lookups object)", () => {
    const resolveCountry = (s: string) => lookups.resolveCountry(s);
    const before = built.objects;
    expect(validateImportRow(base, { resolveCountry }).ok).toBe(true);
    const perSchema = built.objects - before;
    expect(perSchema).toBeGreaterThan(0); // the count sees a schema being built
    for (let i = 1; i < 10_000; i++) expect(validateImportRow(base, { resolveCountry }).ok).toBe(true);
    expect(built.objects - before).toBe(perSchema);
    // Another day to refuse future dates after is another schema, built once too.
    for (let i = 0; i < 100; i++) validateImportRow(base, { resolveCountry, today: "2026-01-07" });
    expect(built.objects - before).toBe(2 * perSchema);
  });

  it("does not mix up lookups that differ", () => {
    const other: RowLookups = { resolveCountry: () => "DEU" };
    expect(validateImportRow(base, other)).toMatchObject({ ok: true, value: { countryIso3: "DEU" } });
    expect(validateImportRow(base, lookups)).toMatchObject({ ok: true, value: { countryIso3: "FRA" } });
    expect(validateImportRow({ ...base, stated_on: "2026-02-01" }, { ...lookups, today: "2026-01-01" }).ok).toBe(false);
    expect(validateImportRow({ ...base, stated_on: "2026-02-01" }, { ...lookups, today: "2026-03-01" }).ok).toBe(true);
  });
});

describe("contributions cell", () => {
  it("parses and formats in canonical order", () => {
    expect(parseContributions("")).toEqual({ keys: [], unknown: [] });
    expect(parseContributions("monitoring;;ground; Ground")).toEqual({ keys: ["ground", "monitoring"], unknown: [] });
    expect(formatContributions(["monitoring", "ground"])).toBe("ground;monitoring");
    expect(parseContributions(formatContributions(["air", "financing"])).keys).toEqual(["air", "financing"]);
  });
});

describe("httpUrl / isHttpUrl", () => {
  it.each(["https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/x", "https://xn--80ak6aa92e.com/"])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", "/relative", "https://", "http:example.org", "https://exa mple.org", "https://example.org/\n", "https://example.org/\t", ""])(
    "refuses %j",
    (url) => {
      expect(isHttpUrl(url)).toBe(false);
    },
  );

  it("trims, caps at 2000 characters and explains itself", () => {
    expect(httpUrl.parse("  https://example.org  ")).toBe("https://example.org");
    expect(httpUrl.safeParse(`https://example.org/${"a".repeat(1981)}`).success).toBe(false);
    expect(httpUrl.safeParse(`https://example.org/${"a".repeat(1980)}`).success).toBe(true);
    expect(httpUrl.safeParse("javascript:alert(1)").error?.issues[0]?.message).toMatch(/http\(s\) URL/);
  });
});

describe("textProblem", () => {
  it("accepts ordinary text with tabs, line feeds, accents, right-to-left and astral characters", () => {
    for (const s of ["plain", "a\tb\nc", "Zoë", "שלום abc", "🇺🇦 𝔘", "\u202Eabc"]) expect(textProblem(s), s).toBeNull();
  });

  it("names the first control character and its position (in characters)", () => {
    expect(textProblem("ab\u0000c")).toBe("contains a control character (U+0000) at position 3");
    expect(textProblem("🇺🇦\u001b[0m")).toBe("contains a control character (U+001B) at position 3");
    expect(textProblem("x\u0085")).toBe("contains a control character (U+0085) at position 2");
    // Carriage returns are not refused: textareas submit "\r\n", and cleanText turns them into "\n".
    expect(textProblem("a\r\nb")).toBeNull();
  });

  it("refuses unpaired surrogates, which SQLite would silently replace", () => {
    expect(textProblem("a\ud800b")).toBe("contains invalid Unicode (an unpaired surrogate)");
    expect(textProblem("\udc00")).toBe("contains invalid Unicode (an unpaired surrogate)");
  });
});
