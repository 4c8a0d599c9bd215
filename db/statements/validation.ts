/**
 * Validation of one imported statements-CSV row into the normalised input the database layer
 * stores. Every message names the column and quotes the offending value, since the person reading
 * it is fixing a spreadsheet, and all of a row's problems are reported at once. The rules are the
 * fields' own (db/statements/fields.ts); the forms use the same ones (db/statements/form.ts).
 */
import { z } from "zod";
import type { IsoDate } from "@/lib/types";
import { CSV_COLUMNS, checkAcrossFields, statementFieldRules, toStatementContent, type DescribedSource, type RowLookups, type StatementContent } from "./fields";

export { FIELD_LIMITS, formatContributions, parseContributions, statementFieldRules, type RowLookups } from "./fields";

/** A validated statement with the source it cites, described (as the CSV describes it). */
export type NewSourceInput = DescribedSource;
/** `moreSources`: the corroborating sources (the CSV's more_sources), in order. */
export type NormalisedStatementInput = StatementContent & { source: NewSourceInput; moreSources: NewSourceInput[] };

export type RowResult = { ok: true; value: NormalisedStatementInput } | { ok: false; errors: string[] };

/** The statement part of a validated row (everything but its citation), as the database takes it. */
export const toStatementValues = toStatementContent;

/** The zod schema for a row whose every column is present as a string (absent -> ""). */
export function statementRowSchema(lookups: RowLookups) {
  return z.object(statementFieldRules(lookups)).superRefine(checkAcrossFields).transform(
    (r): NormalisedStatementInput => ({
      ...toStatementContent(r),
      source: {
        title: r.source_title as string,
        publisher: r.source_publisher as string | null,
        url: r.source_url as string | null,
        publishedOn: r.source_published_on as IsoDate | null,
      },
      moreSources: r.more_sources as NewSourceInput[],
    }),
  );
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
