/**
 * The statement editing form (and the JSON write API, which takes the same field names). Fields are
 * named like the CSV columns and validated by the very same rules (db/statements/fields.ts), so a value
 * the import accepts is accepted here and vice versa; only the citation differs: the form either
 * picks an existing source or describes a new one.
 */
import { z } from "zod";
import { addDays, todayIso } from "@/lib/dates";
import { resolveCountry } from "@/lib/countries";
import { fail, optionalText } from "@/lib/validation/fields";
import { list, single, type FormValues } from "@/lib/validation/form-values";
import { CONTENT_FIELDS, MAX_MORE_SOURCES, checkAcrossFields, statementFieldRules, toStatementContent, type RowLookups } from "./fields";
import type { NormalisedStatementInput } from "./validation";

/** Longest edit summary or retraction reason. */
export const MAX_REASON_LENGTH = 500;

/** The citation's fields, in display order. */
const CITATION_FORM_FIELDS = ["source_mode", "source_id", "source_title", "source_publisher", "source_url", "source_published_on", "more_sources"] as const;

/** Every field of the form (and key of the JSON API), in display order. */
export const STATEMENT_FORM_FIELDS: readonly string[] = [...CONTENT_FIELDS.map((f) => f.name), ...CITATION_FORM_FIELDS, "change_reason"];
export type StatementFormField = string;

export type StatementFormInput = Omit<NormalisedStatementInput, "source" | "moreSources"> & {
  source: { id: number } | NormalisedStatementInput["source"];
  /** The corroborating sources, picked among the recorded ones (the type-ahead), in order. */
  moreSources: { id: number }[];
  changeReason: string | null;
};

/**
 * The latest stated-on date accepted: tomorrow in UTC, so an editor east of Greenwich can record
 * a statement made "today" in their time zone, while a mistyped year is still caught.
 */
export function latestStatedOn(now: Date = new Date()): string {
  return addDays(todayIso(now), 1);
}

/** "#12 · Title · Publisher", as the source type-ahead offers it, or a bare id. */
export function parseSourceRef(s: string): number | null {
  const m = /^\s*#?(\d{1,12})(?:\s|·|$)/.exec(s);
  return m ? Number(m[1]) : null;
}

type SourceRef = StatementFormInput["source"];

/**
 * The form's two schemas over a record holding every field as a string (see fillStatementValues):
 * the statement's own fields, and its citation. They are checked separately so that every mistake
 * in the form is reported at once, not the citation's only after the rest is fixed.
 */
export function statementFormSchemas(lookups: RowLookups) {
  const rules = statementFieldRules(lookups);
  const fields = z
    .object({
      ...Object.fromEntries(CONTENT_FIELDS.map((f) => [f.name, rules[f.name]!])),
      change_reason: optionalText("change_reason", MAX_REASON_LENGTH),
    })
    .superRefine(checkAcrossFields)
    .transform((r) => ({ ...toStatementContent(r), changeReason: r.change_reason as string | null }));
  return { fields, source: citationSchema(rules), moreSources: moreSourcesFormRule };
}

/**
 * The form's (and the JSON API's) `more_sources`: recorded sources, one per entry ("#12 · Title…"
 * from the type-ahead, or a bare id), entries one per line as fillStatementValues joins them.
 * The CSV's column of the same name describes sources instead (db/statements/fields.ts), since a
 * file must be portable between databases; a form picks among the sources this one has.
 */
const moreSourcesFormRule = z.string().transform((s, ctx): { id: number }[] => {
  const entries = s.split("\n").map((e) => e.trim()).filter(Boolean);
  if (entries.length > MAX_MORE_SOURCES) return fail(ctx, `more_sources: at most ${MAX_MORE_SOURCES} sources (found ${entries.length})`);
  const refs: { id: number }[] = [];
  for (const entry of entries) {
    const id = parseSourceRef(entry);
    if (id === null) fail(ctx, `more_sources: '${entry}' is not in the list of sources (pick one, or type its number, e.g. #12)`);
    else if (refs.some((r) => r.id === id)) fail(ctx, `more_sources: source #${id} is listed twice`);
    else refs.push({ id });
  }
  return refs;
});

/**
 * The citation part of a form: `source_mode` "existing" (with `source_id` from the type-ahead) or
 * "new" (with the source_* fields, checked by the CSV's rules); "none" only where a citation is
 * optional (events).
 */
export function citationSchema(rules: ReturnType<typeof statementFieldRules>, { optional = false } = {}) {
  const rule = (name: string) => rules[name]!;
  const existing = z.object({
    source_mode: z.literal("existing"),
    source_id: z.string().transform((s, ctx): SourceRef => {
      const id = parseSourceRef(s);
      if (id !== null) return { id };
      return fail(ctx, s.trim() === "" ? "source is required: pick one from the list, or add a new one" : `source '${s}' is not in the list`);
    }),
  });
  const described = z.object({
    source_mode: z.literal("new"),
    source_title: rule("source_title"),
    source_publisher: rule("source_publisher"),
    source_url: rule("source_url"),
    source_published_on: rule("source_published_on"),
  });
  const none = z.object({ source_mode: z.literal("none") });
  return z
    .discriminatedUnion("source_mode", [existing, described, none], {
      error: () => (optional ? "choose an existing source, describe a new one, or none" : "choose an existing source or describe a new one"),
    })
    .transform((r, ctx): SourceRef | null => {
      if (r.source_mode === "existing") return r.source_id;
      if (r.source_mode === "new") {
        return {
          title: r.source_title as string,
          publisher: r.source_publisher as string | null,
          url: r.source_url as string | null,
          publishedOn: r.source_published_on as string | null,
        };
      }
      if (!optional) {
        ctx.addIssue({ code: "custom", path: ["source_mode"], message: "a statement needs a source: pick one from the list, or add a new one" });
        return z.NEVER;
      }
      return null;
    });
}

/**
 * Every field as one string: absent -> "", checkbox groups (contributions, condition keys) joined with ";" (the CSV's separator),
 * and `source_mode` inferred when a client leaves it out (a source id means an existing source).
 */
export function fillStatementValues(values: FormValues): Record<StatementFormField, string> {
  const filled = Object.fromEntries(STATEMENT_FORM_FIELDS.map((f) => [f, single(values, f)])) as Record<StatementFormField, string>;
  for (const f of CONTENT_FIELDS) if (f.control.kind === "checkboxes") filled[f.name] = list(values, f.name).join(";");
  // Several sources: repeated fields (the form) or a list (the JSON API); a lone string is one entry.
  const more = values.more_sources;
  filled.more_sources = (Array.isArray(more) ? more : [more ?? ""]).map((m) => m.replace(/[\r\n]+/g, " ")).join("\n");
  if (filled.source_mode === "") filled.source_mode = (filled.source_id ?? "").trim() !== "" ? "existing" : "new";
  return filled;
}

export type StatementFormResult =
  | { ok: true; data: StatementFormInput }
  | { ok: false; fieldErrors: Partial<Record<StatementFormField, string[]>>; formErrors: string[] };

/** Validates a submitted statement form with the server's lookups and today's date. */
export function parseStatementForm(values: FormValues, now: Date = new Date()): StatementFormResult {
  const { fields, source, moreSources } = statementFormSchemas({ resolveCountry, today: latestStatedOn(now) });
  const filled = fillStatementValues(values);
  const a = fields.safeParse(filled);
  const b = source.safeParse(filled);
  const c = z.object({ more_sources: moreSources }).safeParse(filled);
  // The statement citation schema has no "none" branch, so a successful parse is never null.
  if (a.success && b.success && c.success && b.data !== null) return { ok: true, data: { ...a.data, source: b.data, moreSources: c.data.more_sources } };
  const fieldErrors: Partial<Record<StatementFormField, string[]>> = {};
  const formErrors: string[] = [];
  for (const issue of [...(a.error?.issues ?? []), ...(b.error?.issues ?? []), ...(c.error?.issues ?? [])]) {
    const key = issue.path[0];
    if (typeof key === "string" && STATEMENT_FORM_FIELDS.includes(key)) {
      (fieldErrors[key] ??= []).push(issue.message);
    } else formErrors.push(issue.message);
  }
  return { ok: false, fieldErrors, formErrors };
}

/** A required retraction reason. */
export const retractionSchema = z.object({
  reason: optionalText("reason", MAX_REASON_LENGTH).refine((s): s is string => s !== null, "reason is required: say why the statement is retracted"),
});
