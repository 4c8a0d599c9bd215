/**
 * Validation of one imported statements-CSV row into the normalised input the database layer
 * stores. Every message names the column and quotes the offending value, since the person reading
 * it is fixing a spreadsheet, and all of a row's problems are reported at once.
 */
import { z } from "zod";
import { parseIsoDate, parseStatedOn } from "../dates";
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
import { charLength, cleanText, isHttpUrl, MAX_URL_LENGTH, toKey } from "./fields";

/** Maximum lengths in characters, shared with the forms and the export. */
export const FIELD_LIMITS = {
  quote: 1000,
  conditions: 2000,
  note: 2000,
  source_title: 500,
  source_publisher: 500,
  speaker: 200,
  quote_language: 35,
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

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

/** Optional free text: cleaned, empty -> null, at most `max` characters. */
function optionalText(column: keyof typeof FIELD_LIMITS) {
  const max = FIELD_LIMITS[column];
  return z.string().transform((s, ctx) => {
    const text = cleanText(s);
    if (text !== null && charLength(text) > max) return fail(ctx, `${column} is ${charLength(text)} characters long (max ${max})`);
    return text;
  });
}

function required(column: CsvColumn, max?: number) {
  return z.string().transform((s, ctx) => {
    const text = cleanText(s);
    if (text === null) return fail(ctx, `${column} is required`);
    if (max !== undefined && charLength(text) > max) return fail(ctx, `${column} is ${charLength(text)} characters long (max ${max})`);
    return text;
  });
}

function oneOf<K extends string>(column: string, keys: readonly K[], value: string, ctx: Ctx): K {
  const key = toKey(value);
  if ((keys as readonly string[]).includes(key)) return key as K;
  return fail(ctx, `unknown ${column} '${value}' (expected one of ${keys.join(", ")})`);
}

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

/** The zod schema for a row whose every column is present as a string (absent -> ""). */
export function statementRowSchema(lookups: RowLookups) {
  return z
    .object({
      country: required("country").transform((s, ctx) => lookups.resolveCountry(s) ?? fail(ctx, `unknown country '${s}'`)),
      stated_on: required("stated_on").transform((s, ctx) => {
        const parsed = parseStatedOn(s);
        if (!parsed) return fail(ctx, `stated_on '${s}' is not a date (YYYY-MM-DD or YYYY-MM)`);
        if (lookups.today && parsed.date > lookups.today) return fail(ctx, `stated_on '${s}' is in the future`);
        return parsed;
      }),
      stance: required("stance").transform((s, ctx) => oneOf("stance", STANCE_KEYS, s, ctx)),
      contributions: z.string().transform((s, ctx) => {
        const { keys, unknown } = parseContributions(s);
        for (const u of unknown) fail(ctx, `unknown contribution '${u}' (expected one of ${CONTRIBUTION_KEYS.join(", ")})`);
        return keys;
      }),
      conditions: optionalText("conditions"),
      quote: optionalText("quote"),
      quote_language: optionalText("quote_language").transform((s, ctx) => {
        if (s === null) return null;
        // BCP 47 shape (en, fr, pt-BR, zh-Hant); the primary subtag is lower-cased for consistency.
        if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s)) return fail(ctx, `quote_language '${s}' is not a language code (e.g. en, fr, pt-BR)`);
        const [primary, ...rest] = s.split("-");
        return [primary!.toLowerCase(), ...rest].join("-");
      }),
      speaker: optionalText("speaker"),
      source_title: required("source_title", FIELD_LIMITS.source_title),
      source_publisher: optionalText("source_publisher"),
      source_url: z.string().transform((s, ctx) => {
        const url = cleanText(s);
        if (url === null) return null;
        if (charLength(url) > MAX_URL_LENGTH) return fail(ctx, `source_url is ${charLength(url)} characters long (max ${MAX_URL_LENGTH})`);
        return isHttpUrl(url) ? url : fail(ctx, `source_url '${url}' is not an http(s) URL`);
      }),
      source_published_on: z.string().transform((s, ctx) => {
        const text = cleanText(s);
        if (text === null) return null;
        return parseIsoDate(text) ?? fail(ctx, `source_published_on '${text}' is not a date (YYYY-MM-DD)`);
      }),
      confidence: z.string().transform((s, ctx) => {
        const text = cleanText(s);
        return text === null ? ("medium" as const) : oneOf("confidence", CONFIDENCE_LEVELS, text, ctx);
      }),
      note: optionalText("note"),
    })
    .transform((r): NormalisedStatementInput => ({
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
