/**
 * ONE declaration of a statement's content fields. For each field: its CSV column / form field
 * name (snake_case), the DTO and schema keys it sets (camelCase, the drizzle columns of
 * `statements`), its zod rule, its label (history diff, conflict table, form), its form control and
 * its CSV cell. Everything else derives from this list: the CSV columns (import and export), the
 * form's fields and their rendering, the JSON API's accepted keys, the DTO and insert values, the
 * version diff and the edit-conflict table. Adding a field = a schema column + an entry here.
 *
 * Pure code (zod and lib/ helpers only), so the browser-facing form spec and the tests can use it.
 */
import { z } from "zod";
import type { statements } from "../schema";
import { formatStatedOn, parseStatedOn } from "@/lib/dates";
import { isEnglish } from "@/lib/format/format";
import {
  COMMITMENT_LEVELS,
  CONDITION_KEYS,
  CONFIDENCE_LEVELS,
  CONTRIBUTION_KEYS,
  SPEAKER_ROLES,
  STANCE_KEYS,
  type ConditionKey,
  type ContributionKey,
  type IsoDate,
} from "@/lib/types";
import { COMMITMENT_DESCRIPTIONS, CONDITION_LABELS, SPEAKER_ROLE_LABELS } from "@/lib/format/claim-labels";
import type { StatementDto } from "./rows";
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
} from "@/lib/validation/fields";

/** Keys of the `statements` row that are bookkeeping, not content a person types. */
type MetaKey = "id" | "statementId" | "version" | "sourceId" | "status" | "changeReason" | "recordedAt" | "recordedBy" | "approvedBy" | "approvedAt" | "supersededAt";
/** The content columns of a statement, as the schema declares them. */
export type ContentKey = Exclude<keyof typeof statements.$inferSelect, MetaKey>;
/** A statement's content values, typed as the DTO carries them (contributions parsed, keys narrowed). */
export type StatementContent = Pick<StatementDto, ContentKey>;
type Insert = typeof statements.$inferInsert;
/** Content columns the schema lets an insert leave out (nullable, or with a default). */
type OptionalKey = { [K in ContentKey]-?: undefined extends Insert[K] ? K : never }[ContentKey];
/** Content as a write takes it: what the schema may leave out is optional here too (absent = null / default). */
export type StatementContentInput = Omit<StatementContent, OptionalKey> & Partial<Pick<StatementContent, OptionalKey>>;

export type RowLookups = {
  /** Alpha-3, alpha-2 or English name to ISO3, or null when unknown (see lib/countries.ts). */
  resolveCountry(input: string): string | null;
  /** When given, statements dated after this day are refused as typos. */
  today?: IsoDate;
};

/** Maximum lengths in characters, shared with the forms, the sources and the export. */
export const FIELD_LIMITS = {
  quote: 1000,
  quote_translation: 2000,
  conditions: 2000,
  note: 2000,
  source_title: 500,
  source_publisher: 500,
  speaker: 200,
  size_text: 200,
  quote_language: MAX_LANGUAGE_LENGTH,
} as const;

/** How the admin form shows a field (serialisable: it is passed to a client component). */
export type FormControl =
  | { kind: "text"; placeholder?: string; datalist?: "countries" }
  | { kind: "textarea"; rows?: number }
  | { kind: "select"; options: readonly { value: string; label: string }[] | "stances"; empty?: string; fallback?: string }
  | { kind: "checkboxes"; options: readonly { value: string; label: string }[] };

/** The form's fieldsets, in display order; the citation sits between "what" and "assessment". */
export const FORM_GROUPS = { who: "Who said it, and when", what: "What was said", assessment: "Assessment" } as const;

type Field = {
  /** CSV column and form field name. */
  name: string;
  /** Label in the version history and the conflict table; `formLabel` when the form says more. */
  label: string;
  formLabel?: string;
  hint?: string;
  /** Required in the form and as a CSV header column. */
  required?: boolean;
  group: keyof typeof FORM_GROUPS;
  control: FormControl;
  /** The diff's key (data-field in the history). */
  diffKey: string;
  /** The schema/DTO keys this field sets. */
  keys: readonly ContentKey[];
  rule(lookups: RowLookups): z.ZodType;
  /** Its validated value as content values. */
  toContent(value: unknown): Partial<StatementContent>;
  /** Its CSV cell (and form value) for a stored version. */
  cell(s: StatementDto): string;
  /** Its text in the version diff (null = empty). */
  display(s: StatementDto): string | null;
  /**
   * A rule across columns, run on the row's validated values (by column name) once every column
   * passed its own rule: the message, naming this field's column, or null.
   */
  check?(row: Readonly<Record<string, unknown>>): string | null;
  /**
   * Part of what the statement says (who, when, which claim, in which words), so an import row
   * that differs here is a new statement, not a duplicate (DUPLICATE_KEYS). The tracker's own
   * annotations (note, confidence, translation, free-text conditions, contributions) are not.
   */
  identity?: true;
};

const capitalised = (key: string) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
const optionsOf = (keys: readonly string[], labels?: Readonly<Record<string, string>>) =>
  keys.map((k) => ({ value: k, label: labels?.[k] ? labels[k]!.replace(/^./, (c) => c.toUpperCase()) : capitalised(k) }));

/** Largest number of troops accepted: more is a typo (a whole army is a few hundred thousand). */
export const MAX_TROOPS = 10_000_000;

/** An optional whole number of troops (digits, thousands may be grouped: "1,000", "1 000"), stored as an integer. */
export function troopsField<K extends "troopsMin" | "troopsMax">(o: { name: string; key: K; label: string; hint?: string }): Field & { keys: readonly [K] } {
  return {
    ...textField({ ...o, max: 0, group: "what" }),
    control: { kind: "text", placeholder: "e.g. 1000" },
    rule: () =>
      z.string().transform((s, ctx) => {
        const text = cleanText(s);
        if (text === null) return null;
        if (!/^(\d+|\d{1,3}([,\u00a0\u202f ]\d{3})+)$/.test(text)) return fail(ctx, `${o.name} '${text}' is not a whole number of troops (0 or more, digits only)`);
        const n = Number(text.replace(/\D/g, ""));
        return n > MAX_TROOPS ? fail(ctx, `${o.name} '${text}' is more than ${MAX_TROOPS.toLocaleString("en-GB")}`) : n;
      }),
    cell: (s) => (s[o.key] === null ? "" : String(s[o.key])),
    display: (s) => (s[o.key] === null ? null : String(s[o.key])),
  };
}

/** Who translated a quote: the tracker's editors, or a machine. */
export const TRANSLATORS = ["editor", "machine"] as const;

/** An optional free-text field stored as is in one column. */
export function textField<K extends ContentKey>(o: {
  name: string;
  key: K;
  label: string;
  formLabel?: string;
  max: number;
  group: Field["group"];
  control?: FormControl;
  hint?: string;
  language?: boolean;
}): Field & { keys: readonly [K] } {
  return {
    name: o.name,
    label: o.label,
    ...(o.formLabel ? { formLabel: o.formLabel } : {}),
    hint: o.hint,
    group: o.group,
    control: o.control ?? { kind: "text" },
    diffKey: o.key,
    keys: [o.key] as const,
    rule: () => (o.language ? optionalLanguage(o.name) : optionalText(o.name, o.max)),
    toContent: (v) => ({ [o.key]: v }),
    cell: (s) => (s[o.key] as string | null) ?? "",
    display: (s) => s[o.key] as string | null,
  };
}

/** An optional choice among fixed keys (empty = none), stored as the key. */
export function choiceField<K extends ContentKey>(o: {
  name: string;
  key: K;
  label: string;
  choices: readonly string[];
  labels?: Readonly<Record<string, string>>;
  group: Field["group"];
  hint?: string;
}): Field & { keys: readonly [K] } {
  return {
    ...textField({ ...o, max: 0 }),
    control: { kind: "select", options: optionsOf(o.choices, o.labels), empty: "—" },
    rule: () => z.string().transform((s, ctx) => (cleanText(s) === null ? null : oneOf(o.name, o.choices, s.trim(), ctx))),
  };
}

/**
 * Splits a list cell ("ground; air", "ground,training") into keys of `all` in their canonical
 * order without duplicates, so exports are stable whatever was typed.
 */
export function parseKeyList<K extends string>(all: readonly K[], cell: string): { keys: K[]; unknown: string[] } {
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const part of cell.split(/[;,]/)) {
    if (part.trim() === "") continue;
    const key = toKey(part);
    if ((all as readonly string[]).includes(key)) found.add(key);
    else unknown.push(part.trim());
  }
  return { keys: all.filter((k) => found.has(k)), unknown };
}

/** A contributions cell as keys in canonical CONTRIBUTION_KEYS order (see parseKeyList). */
export function parseContributions(cell: string): { keys: ContributionKey[]; unknown: string[] } {
  return parseKeyList(CONTRIBUTION_KEYS, cell);
}

/** The CSV cell for a list of keys: `;`-separated, canonical order (inverse of parseKeyList). */
export function formatKeyList<K extends string>(all: readonly K[], keys: readonly K[]): string {
  return all.filter((k) => keys.includes(k)).join(";");
}

/** The CSV cell for a list of contributions (inverse of parseContributions). */
export function formatContributions(keys: readonly ContributionKey[]): string {
  return formatKeyList(CONTRIBUTION_KEYS, keys);
}

/** The primary citation's CSV columns: not a statement column (a statement cites a source by id). */
const PRIMARY_SOURCE_RULES = {
  source_title: () => requiredText("source_title", FIELD_LIMITS.source_title),
  source_publisher: () => optionalText("source_publisher", FIELD_LIMITS.source_publisher),
  source_url: () => optionalHttpUrl("source_url"),
  source_published_on: () => optionalIsoDate("source_published_on"),
} as const;

/** A citation described as the CSV describes it (the primary's four columns, or one entry of more_sources). */
export type DescribedSource = { title: string; publisher: string | null; url: string | null; publishedOn: IsoDate | null };

/** The keys of one `more_sources` entry: the primary's columns without their `source_` prefix. */
const MORE_SOURCE_KEYS = ["title", "publisher", "url", "published_on"] as const;
/** Most corroborating sources one statement lists (a bound for hostile files, far above real use). */
export const MAX_MORE_SOURCES = 20;

/**
 * The `more_sources` cell: the corroborating sources, as a JSON array of objects with the primary
 * citation's keys without the prefix (`[{"title":…,"publisher":…,"url":…,"published_on":…}]`), each
 * checked by the primary's rules; empty = none. JSON, because titles hold any character a separator
 * could be, and sources need not have a URL (the seed articles have none). Each entry matches an
 * existing source (by URL, else title and publisher) or creates one, like the primary.
 */
function moreSourcesRule(): z.ZodType<DescribedSource[]> {
  return z.string().transform((cell, ctx): DescribedSource[] => {
    if (cell.trim() === "") return [];
    const bad = (message: string) => fail(ctx, `more_sources: ${message}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(cell);
    } catch {
      return bad('not a JSON list of sources (expected [{"title":"…","publisher":"…","url":"https://…","published_on":"YYYY-MM-DD"}])');
    }
    if (!Array.isArray(parsed)) return bad("expected a JSON list ([…]) of sources");
    if (parsed.length > MAX_MORE_SOURCES) return bad(`at most ${MAX_MORE_SOURCES} sources (found ${parsed.length})`);
    const out: DescribedSource[] = [];
    parsed.forEach((entry: unknown, i) => {
      const at = `source ${i + 1}`;
      if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return void bad(`${at} is not an object with ${MORE_SOURCE_KEYS.join(", ")}`);
      const record = entry as Record<string, unknown>;
      const unknown = Object.keys(record).filter((k) => !(MORE_SOURCE_KEYS as readonly string[]).includes(k));
      if (unknown.length > 0) return void bad(`${at} has unknown key '${unknown[0]}' (expected ${MORE_SOURCE_KEYS.join(", ")})`);
      const values: Record<string, unknown> = {};
      for (const key of MORE_SOURCE_KEYS) {
        const raw = record[key] ?? "";
        if (typeof raw !== "string") return void bad(`${at}: ${key} must be a string or null`);
        const result = PRIMARY_SOURCE_RULES[`source_${key}`]().safeParse(raw);
        if (!result.success) return void bad(`${at}: ${result.error.issues.map((issue) => issue.message).join("; ")}`);
        values[key] = result.data;
      }
      out.push({ title: values.title as string, publisher: values.publisher as string | null, url: values.url as string | null, publishedOn: values.published_on as IsoDate | null });
    });
    return out;
  });
}

/** The `more_sources` cell for a version's corroborating sources (inverse of its rule; "" for none). */
export function formatMoreSources(more: readonly Pick<DescribedSource, "title" | "publisher" | "url" | "publishedOn">[]): string {
  if (more.length === 0) return "";
  return JSON.stringify(more.map((m) => ({ title: m.title, publisher: m.publisher, url: m.url, published_on: m.publishedOn })));
}

/** The citation's CSV columns: the primary source's four, then the corroborating ones (more_sources). */
export const SOURCE_COLUMN_RULES = { ...PRIMARY_SOURCE_RULES, more_sources: moreSourcesRule } as const;

/**
 * The fields in CSV column order (also the history's and the conflict table's order; the form
 * shows each group's fields in this order). `"source"` marks where the citation's columns go.
 */
export const STATEMENT_FIELDS = [
  {
    name: "country",
    label: "Country",
    hint: "Type a name or ISO code and pick from the list.",
    required: true,
    group: "who",
    control: { kind: "text", datalist: "countries" },
    diffKey: "country",
    keys: ["countryIso3"],
    identity: true,
    // "France (FRA)" is how the forms' type-ahead writes a country; its code decides.
    rule: (l) =>
      requiredText("country").transform((s, ctx) => l.resolveCountry(/\(([A-Za-z]{3})\)$/.exec(s)?.[1] ?? s) ?? fail(ctx, `unknown country '${s}'`)),
    toContent: (v) => ({ countryIso3: v as string }),
    cell: (s) => s.countryIso3,
    display: (s) => `${s.countryName} (${s.countryIso3})`,
  },
  {
    name: "stated_on",
    label: "Stated on",
    hint: "YYYY-MM-DD, or YYYY-MM when only the month is known (month precision).",
    required: true,
    group: "who",
    control: { kind: "text", placeholder: "YYYY-MM-DD" },
    diffKey: "statedOn",
    keys: ["statedOn", "statedOnPrecision"],
    identity: true,
    rule: (l) =>
      requiredText("stated_on").transform((s, ctx) => {
        const parsed = parseStatedOn(s);
        if (!parsed) return fail(ctx, `stated_on '${s}' is not a date (YYYY-MM-DD or YYYY-MM)`);
        if (l.today && parsed.date > l.today) return fail(ctx, `stated_on '${s}' is in the future`);
        return parsed;
      }),
    toContent: (v) => {
      const d = v as NonNullable<ReturnType<typeof parseStatedOn>>;
      return { statedOn: d.date, statedOnPrecision: d.precision };
    },
    cell: (s) => formatStatedOn(s.statedOn, s.statedOnPrecision),
    // Precision is part of the date: "2025-09" -> "2025-09-04" is a change even on the same first day.
    display: (s) => `${formatStatedOn(s.statedOn, s.statedOnPrecision)}${s.statedOnPrecision === "month" ? " (month precision)" : ""}`,
  },
  {
    name: "stance",
    label: "Stance",
    required: true,
    group: "what",
    control: { kind: "select", options: "stances", empty: "— choose —" },
    diffKey: "stance",
    keys: ["stance"],
    identity: true,
    rule: () => requiredText("stance").transform((s, ctx) => oneOf("stance", STANCE_KEYS, s, ctx)),
    toContent: (v) => ({ stance: v as StatementContent["stance"] }),
    cell: (s) => s.stance,
    display: (s) => s.stance,
  },
  {
    ...choiceField({
      name: "commitment",
      key: "commitment",
      label: "Commitment",
      choices: COMMITMENT_LEVELS,
      group: "what",
      hint: `How firm, weakest first: ${COMMITMENT_LEVELS.map((k) => `${k} (${COMMITMENT_DESCRIPTIONS[k]})`).join(" < ")}.`,
    }),
    identity: true,
  },
  {
    name: "contributions",
    label: "Contributions",
    formLabel: "Contributions named",
    group: "what",
    control: { kind: "checkboxes", options: optionsOf(CONTRIBUTION_KEYS) },
    diffKey: "contributions",
    keys: ["contributions"],
    rule: () =>
      z.string().transform((s, ctx) => {
        const { keys, unknown } = parseContributions(s);
        for (const u of unknown) fail(ctx, `unknown contribution '${u}' (expected one of ${CONTRIBUTION_KEYS.join(", ")})`);
        return keys;
      }),
    toContent: (v) => ({ contributions: v as ContributionKey[] }),
    cell: (s) => formatContributions(s.contributions),
    // Order does not matter: a re-ordered list is not a change.
    display: (s) => (s.contributions.length === 0 ? null : [...s.contributions].sort().join(", ")),
  },
  {
    ...textField({ name: "size_text", key: "sizeText", label: "Size as stated", max: FIELD_LIMITS.size_text, group: "what", hint: "In the statement's words, e.g. “several thousand soldiers”." }),
    identity: true,
  },
  {
    ...troopsField({ name: "troops_min", key: "troopsMin", label: "Troops (at least)", hint: "Only a number the statement supports; leave empty otherwise." }),
    identity: true,
  },
  {
    ...troopsField({ name: "troops_max", key: "troopsMax", label: "Troops (at most)" }),
    identity: true,
    check: (r) =>
      r.troops_min !== null && r.troops_max !== null && (r.troops_min as number) > (r.troops_max as number)
        ? `troops_min ${r.troops_min as number} is more than troops_max ${r.troops_max as number}`
        : null,
  },
  textField({ name: "conditions", key: "conditions", label: "Conditions", max: FIELD_LIMITS.conditions, group: "what", control: { kind: "textarea" } }),
  {
    name: "condition_keys",
    label: "Condition keys",
    formLabel: "Conditions named",
    group: "what",
    control: { kind: "checkboxes", options: optionsOf(CONDITION_KEYS, CONDITION_LABELS) },
    diffKey: "conditionKeys",
    keys: ["conditionKeys"],
    identity: true,
    rule: () =>
      z.string().transform((s, ctx) => {
        const { keys, unknown } = parseKeyList(CONDITION_KEYS, s);
        for (const u of unknown) fail(ctx, `unknown condition_keys value '${u}' (expected one of ${CONDITION_KEYS.join(", ")})`);
        return keys;
      }),
    toContent: (v) => ({ conditionKeys: v as ConditionKey[] }),
    cell: (s) => formatKeyList(CONDITION_KEYS, s.conditionKeys),
    display: (s) => (s.conditionKeys.length === 0 ? null : formatKeyList(CONDITION_KEYS, s.conditionKeys).replace(/;/g, ", ")),
  },
  {
    ...textField({ name: "quote", key: "quote", label: "Quote", max: FIELD_LIMITS.quote, group: "what", control: { kind: "textarea", rows: 4 }, hint: "In the original language." }),
    identity: true,
  },
  textField({ name: "quote_language", key: "quoteLanguage", label: "Quote language", max: FIELD_LIMITS.quote_language, group: "what", language: true, hint: "A language code: en, fr, de, pt-BR…" }),
  {
    ...textField({
      name: "quote_translation",
      key: "quoteTranslation",
      label: "Quote translation",
      formLabel: "English translation of the quote",
      max: FIELD_LIMITS.quote_translation,
      group: "what",
      control: { kind: "textarea", rows: 3 },
      hint: "Only for a quote not in English; the original stays in the quote field.",
    }),
    check: (r) =>
      r.quote_translation === null
        ? null
        : r.quote === null
          ? "quote_translation is given without a quote: translate a quote, or leave it empty"
          : isEnglish(r.quote_language as string | null)
            ? `quote_translation is given for an English quote (quote_language '${r.quote_language as string}'): leave it empty`
            : null,
  },
  {
    ...choiceField({ name: "translation_by", key: "translationBy", label: "Translated by", choices: TRANSLATORS, group: "what", hint: "editor: the tracker's editors; machine: a machine translation." }),
    check: (r) =>
      r.translation_by !== null && r.quote_translation === null
        ? `translation_by '${r.translation_by as string}' is given without a quote_translation`
        : r.translation_by === null && r.quote_translation !== null
          ? "translation_by is required with a quote_translation (editor or machine)"
          : null,
  },
  textField({ name: "speaker", key: "speaker", label: "Speaker", max: FIELD_LIMITS.speaker, group: "who", hint: "Who said it, e.g. the head of government." }),
  { ...choiceField({ name: "speaker_role", key: "speakerRole", label: "Speaker role", choices: SPEAKER_ROLES, labels: SPEAKER_ROLE_LABELS, group: "who" }), identity: true },
  "source",
  {
    name: "confidence",
    label: "Confidence",
    group: "assessment",
    control: { kind: "select", options: optionsOf(CONFIDENCE_LEVELS), fallback: "medium" },
    diffKey: "confidence",
    keys: ["confidence"],
    rule: () =>
      z.string().transform((s, ctx) => {
        const text = cleanText(s);
        return text === null ? ("medium" as const) : oneOf("confidence", CONFIDENCE_LEVELS, text, ctx);
      }),
    toContent: (v) => ({ confidence: v as StatementContent["confidence"] }),
    cell: (s) => s.confidence,
    display: (s) => s.confidence,
  },
  textField({
    name: "note",
    key: "note",
    label: "Note",
    max: FIELD_LIMITS.note,
    group: "assessment",
    control: { kind: "textarea" },
    hint: "Context for readers: how the date was inferred, what it does not say…",
  }),
] as const satisfies readonly (Field | "source")[];

/** The content fields without the citation marker. */
export const CONTENT_FIELDS: readonly Field[] = STATEMENT_FIELDS.filter((f): f is Exclude<(typeof STATEMENT_FIELDS)[number], "source"> => f !== "source");

// Every content column of the schema has a field, and no field sets an unknown key: a column
// added to db/schema.ts without an entry here fails to compile.
type Declared = (typeof STATEMENT_FIELDS)[number] extends infer F ? (F extends { keys: readonly (infer K)[] } ? K : never) : never;
const everyColumnDeclared: [ContentKey] extends [Declared] ? true : false = true;
void everyColumnDeclared;

/**
 * The columns an import compares to find a duplicate (with the primary source): every key of the
 * fields marked `identity`, so a claim field added with that mark is compared without a hand list.
 */
export const DUPLICATE_KEYS: readonly ContentKey[] = CONTENT_FIELDS.filter((f) => f.identity).flatMap((f) => f.keys);

/** Every CSV column, in the order exports write them. Imports accept any order. */
export const CSV_COLUMNS = STATEMENT_FIELDS.flatMap((f) => (f === "source" ? Object.keys(SOURCE_COLUMN_RULES) : [f.name]));
export type CsvColumn = string;

/** Columns an imported file's header must contain; the others may be left out. */
export const REQUIRED_CSV_COLUMNS: readonly string[] = STATEMENT_FIELDS.flatMap((f) =>
  f === "source" ? ["source_title"] : "required" in f && f.required ? [f.name] : [],
);

/** The rule for each CSV column, by column name (the forms use the same rules under the same names). */
export function statementFieldRules(lookups: RowLookups): Record<string, z.ZodType> {
  const rules: Record<string, z.ZodType> = {};
  for (const f of STATEMENT_FIELDS) {
    if (f === "source") for (const [name, rule] of Object.entries(SOURCE_COLUMN_RULES)) rules[name] = rule();
    else rules[f.name] = f.rule(lookups);
  }
  return rules;
}

/** The fields' rules across columns (Field.check) as a zod refinement over a validated row. */
export function checkAcrossFields(row: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const f of CONTENT_FIELDS) {
    const message = f.check?.(row);
    if (message) ctx.addIssue({ code: "custom", path: [f.name], message });
  }
}

/** The statement part of a validated row (everything but its citation), as the database takes it. */
export function toStatementContent(parsed: Record<string, unknown>): StatementContent {
  return Object.assign({}, ...CONTENT_FIELDS.map((f) => f.toContent(parsed[f.name]))) as StatementContent;
}

/** A stored version as CSV cells (content fields only; the citation is the caller's). */
export function contentCells(s: StatementDto): Record<string, string> {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f.name, f.cell(s)]));
}

/** One field of the form as the client component renders it. */
export type FormFieldSpec = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  group: keyof typeof FORM_GROUPS;
  control: Exclude<FormControl, { kind: "select" }> | { kind: "select"; options: readonly { value: string; label: string }[]; empty?: string; fallback?: string };
};

/** The form's fields, with the stance options resolved (serialisable, for components/forms/statement-form.tsx). */
export function statementFormSpec(stances: readonly { key: string; label: string }[]): FormFieldSpec[] {
  return CONTENT_FIELDS.map((f) => ({
    name: f.name,
    label: f.formLabel ?? f.label,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.required ? { required: true } : {}),
    group: f.group,
    control:
      f.control.kind === "select" && f.control.options === "stances"
        ? { ...f.control, options: stances.map((s) => ({ value: s.key, label: s.label })) }
        : (f.control as FormFieldSpec["control"]),
  }));
}
