/**
 * Validation of one imported statements-CSV row into the normalised input the database layer
 * stores. Every message names the column and quotes the offending value, since the person reading
 * it is fixing a spreadsheet, and all of a row's problems are reported at once.
 */
import { z } from "zod";
import { parseStatedOn } from "../dates";
import { CSV_COLUMNS, type CsvColumn } from "../csv";
import {
  CONFIDENCE_LEVELS,
  CONTRIBUTION_KEYS,
  STANCE_KEYS,
  type Confidence,
  type ContributionKey,
  type DatePrecision,
  type IsoDate,
  type StanceKey,
} from "../types";
import {
  cleanText,
  fail,
  MAX_LANGUAGE_LENGTH,
  oneOf,
  optionalHttpUrl,
  optionalIsoDate,
  optionalLanguage,
  optionalText,
  requiredText,
  toKey,
} from "./fields";

/** Maximum lengths in characters, shared with the forms and the export. */
export const FIELD_LIMITS = {
  quote: 1000,
  conditions: 2000,
  note: 2000,
  source_title: 500,
  source_publisher: 500,
  speaker: 200,
  quote_language: MAX_LANGUAGE_LENGTH,
} as const;

export type NormalisedStatementInput = {
  countryIso3: string;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  stance: StanceKey;
  contributions: ContributionKey[];
  conditions: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  speaker: string | null;
  confidence: Confidence;
  note: string | null;
  source: { title: string; publisher: string | null; url: string | null; publishedOn: IsoDate | null };
};

export type RowLookups = {
  /** Alpha-3, alpha-2 or English name to ISO3, or null when unknown (see lib/countries.ts). */
  resolveCountry(input: string): string | null;
  /** When given, statements dated after this day are refused as typos. */
  today?: IsoDate;
};

export type RowResult = { ok: true; value: NormalisedStatementInput } | { ok: false; errors: string[] };

/**
 * Splits a contributions cell ("ground; air", "ground,training") into keys in canonical
 * CONTRIBUTION_KEYS order without duplicates, so exports are stable whatever was typed.
 */
export function parseContributions(cell: string): { keys: ContributionKey[]; unknown: string[] } {
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const part of cell.split(/[;,]/)) {
    if (part.trim() === "") continue;
    const key = toKey(part);
    if ((CONTRIBUTION_KEYS as readonly string[]).includes(key)) found.add(key);
    else unknown.push(part.trim());
  }
  return { keys: CONTRIBUTION_KEYS.filter((k) => found.has(k)), unknown };
}

/** The CSV cell for a list of contributions: `;`-separated, canonical order (inverse of parseContributions). */
export function formatContributions(keys: readonly ContributionKey[]): string {
  return CONTRIBUTION_KEYS.filter((k) => keys.includes(k)).join(";");
}

/**
 * The rule for each column, by column name. The editing forms use the same rules under the same
 * field names (lib/validation/statement-form.ts), so a value accepted by one is accepted by the other.
 */
export function statementFieldRules(lookups: RowLookups) {
  return {
    // "France (FRA)" is how the forms' type-ahead writes a country; its code decides.
    country: requiredText("country").transform(
      (s, ctx) => lookups.resolveCountry(/\(([A-Za-z]{3})\)$/.exec(s)?.[1] ?? s) ?? fail(ctx, `unknown country '${s}'`),
    ),
    stated_on: requiredText("stated_on").transform((s, ctx) => {
      const parsed = parseStatedOn(s);
      if (!parsed) return fail(ctx, `stated_on '${s}' is not a date (YYYY-MM-DD or YYYY-MM)`);
      if (lookups.today && parsed.date > lookups.today) return fail(ctx, `stated_on '${s}' is in the future`);
      return parsed;
    }),
    stance: requiredText("stance").transform((s, ctx) => oneOf("stance", STANCE_KEYS, s, ctx)),
    contributions: z.string().transform((s, ctx) => {
      const { keys, unknown } = parseContributions(s);
      for (const u of unknown) fail(ctx, `unknown contribution '${u}' (expected one of ${CONTRIBUTION_KEYS.join(", ")})`);
      return keys;
    }),
    conditions: optionalText("conditions", FIELD_LIMITS.conditions),
    quote: optionalText("quote", FIELD_LIMITS.quote),
    quote_language: optionalLanguage("quote_language"),
    speaker: optionalText("speaker", FIELD_LIMITS.speaker),
    source_title: requiredText("source_title", FIELD_LIMITS.source_title),
    source_publisher: optionalText("source_publisher", FIELD_LIMITS.source_publisher),
    source_url: optionalHttpUrl("source_url"),
    source_published_on: optionalIsoDate("source_published_on"),
    confidence: z.string().transform((s, ctx) => {
      const text = cleanText(s);
      return text === null ? ("medium" as const) : oneOf("confidence", CONFIDENCE_LEVELS, text, ctx);
    }),
    note: optionalText("note", FIELD_LIMITS.note),
  } satisfies Record<CsvColumn, z.ZodType>;
}

type FieldRules = ReturnType<typeof statementFieldRules>;
type RuleOutput<K extends keyof FieldRules> = z.output<FieldRules[K]>;

/** The statement part of a validated row (everything but its citation), as the database takes it. */
export function toStatementValues(r: { [K in Exclude<keyof FieldRules, `source_${string}`>]: RuleOutput<K> }) {
  return {
    countryIso3: r.country,
    statedOn: r.stated_on.date,
    statedOnPrecision: r.stated_on.precision,
    stance: r.stance,
    contributions: r.contributions,
    conditions: r.conditions,
    quote: r.quote,
    quoteLanguage: r.quote_language,
    speaker: r.speaker,
    confidence: r.confidence,
    note: r.note,
  } satisfies Omit<NormalisedStatementInput, "source">;
}

/** The zod schema for a row whose every column is present as a string (absent -> ""). */
export function statementRowSchema(lookups: RowLookups) {
  return z
    .object(statementFieldRules(lookups))
    .transform((r): NormalisedStatementInput => ({
      ...toStatementValues(r),
      source: { title: r.source_title, publisher: r.source_publisher, url: r.source_url, publishedOn: r.source_published_on },
    }));
}

// Building a zod 4 object schema costs far more than parsing with it (about 0.7 ms against a few
// microseconds), so an import of 100k rows must not build one per row. Callers typically pass a
// fresh lookups object per row around the same function, hence the key: function, then today.
const schemaCache = new WeakMap<RowLookups["resolveCountry"], Map<string, ReturnType<typeof statementRowSchema>>>();

function cachedSchema(lookups: RowLookups): ReturnType<typeof statementRowSchema> {
  let byToday = schemaCache.get(lookups.resolveCountry);
  if (!byToday) schemaCache.set(lookups.resolveCountry, (byToday = new Map()));
  const key = lookups.today ?? "";
  let schema = byToday.get(key);
  if (!schema) byToday.set(key, (schema = statementRowSchema(lookups)));
  return schema;
}

/**
 * Validates and normalises one CSV record (column -> raw cell; missing columns count as empty).
 * Returns every problem of the row, each naming its column, or the normalised input.
 */
export function validateImportRow(record: Partial<Record<string, string>>, lookups: RowLookups): RowResult {
  const filled = Object.fromEntries(CSV_COLUMNS.map((c) => [c, record[c] ?? ""]));
  const result = cachedSchema(lookups).safeParse(filled);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: result.error.issues.map((i) => i.message) };
}
