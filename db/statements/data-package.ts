/**
 * The Frictionless data package (https://specs.frictionlessdata.io/data-package/) describing the
 * export (GET /api/v1/export.csv): one tabular resource whose Table Schema is derived from the one
 * declaration of a statement's fields (fields.ts) — its columns in order, each type, constraint
 * and description from the field's own rule, control, limit and hint — so that a column added there
 * is described here, and frictionless-py, R's frictionless or pandas load the file typed.
 * Pure code (fields.ts and lib/ only).
 */
import { CONTENT_FIELDS, CSV_COLUMNS, FIELD_LIMITS, MAX_MORE_SOURCES, MAX_TROOPS } from "./fields";
import { STANCE_KEYS } from "@/lib/types";
import { DATA_LICENCE } from "@/lib/data-licence";

export type TableField = {
  name: string;
  title: string;
  type: "string" | "integer" | "date" | "array";
  format?: "default" | "uri";
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number };
};

const limitOf = (name: string): number | undefined => (FIELD_LIMITS as Readonly<Record<string, number>>)[name];

/** The primary citation's four columns and the corroborating sources: not fields of fields.ts' list. */
const SOURCE_FIELDS: Readonly<Record<string, Omit<TableField, "name">>> = {
  source_title: { title: "Source title", type: "string", description: "Title of the statement's primary source.", constraints: { required: true, maxLength: FIELD_LIMITS.source_title } },
  source_publisher: { title: "Source publisher", type: "string", description: "Publisher of the primary source.", constraints: { maxLength: FIELD_LIMITS.source_publisher } },
  source_url: { title: "Source URL", type: "string", format: "uri", description: "Web address of the primary source (http or https only).", constraints: { pattern: "https?://.+" } },
  source_published_on: { title: "Source published on", type: "date", format: "default", description: "Publication date of the primary source (YYYY-MM-DD)." },
  more_sources: {
    title: "Corroborating sources",
    type: "array",
    description: `The other sources reporting the same statement, in order: a JSON array (at most ${MAX_MORE_SOURCES}) of objects {"title","publisher","url","published_on"} with null for empty values.`,
  },
};

/** The Table Schema field for one content field, from its rule's kind and its form control. */
function contentField(f: (typeof CONTENT_FIELDS)[number]): TableField {
  const base = { name: f.name, title: f.label, description: [f.formLabel ?? f.label, f.hint].filter(Boolean).join(". ").replace(/\.\./g, ".") };
  const required = f.required ? { required: true } : {};
  if (f.name === "country") return { ...base, type: "string", description: "ISO 3166-1 alpha-3 code of the government that made the statement.", constraints: { ...required, pattern: "[A-Z]{3}" } };
  if (f.name === "stated_on") return { ...base, type: "string", description: "When it was stated: YYYY-MM-DD, or YYYY-MM when only the month is known (month precision).", constraints: { ...required, pattern: "\\d{4}-\\d{2}(-\\d{2})?" } };
  if (f.name === "troops_min" || f.name === "troops_max") return { ...base, type: "integer", constraints: { minimum: 0, maximum: MAX_TROOPS } };
  const c = f.control;
  if (c.kind === "select") {
    const values = c.options === "stances" ? [...STANCE_KEYS] : c.options.map((o) => o.value);
    // A select with a fallback (confidence) is always written; the others may be empty.
    return { ...base, type: "string", description: `${base.description}. One of: ${values.join(", ")}${c.fallback ? ` (default ${c.fallback})` : ""}.`.replace(/\.\./g, "."), constraints: { ...required, ...(c.fallback ? { required: true } : {}), enum: values } };
  }
  if (c.kind === "checkboxes") {
    const one = `(${c.options.map((o) => o.value).join("|")})`;
    return { ...base, type: "string", description: `${base.description} A ;-separated list of: ${c.options.map((o) => o.value).join(", ")}.`, constraints: { pattern: `${one}(;${one})*` } };
  }
  const max = limitOf(f.name);
  return { ...base, type: "string", description: `${base.description}${f.hint ? "" : "."} Free text as stated${max ? `, at most ${max} characters` : ""}.`, constraints: { ...required, ...(max ? { maxLength: max } : {}) } };
}

/** Every column of the export, in its order, as a Table Schema field. */
export function exportTableFields(): TableField[] {
  const byName = new Map<string, TableField>(CONTENT_FIELDS.map((f) => [f.name, contentField(f)]));
  for (const [name, field] of Object.entries(SOURCE_FIELDS)) byName.set(name, { name, ...field });
  return CSV_COLUMNS.map((name) => {
    const field = byName.get(name);
    if (!field) throw new Error(`data package: no description for CSV column ${name}`);
    return field;
  });
}

/** The data package for the export at `origin` (absolute paths, so a downloaded descriptor still finds its data). */
export function exportDataPackage(origin: string) {
  return {
    profile: "tabular-data-package",
    name: "coalition-tracker-statements",
    title: "Coalition Tracker: statements on contributions to a multinational force for Ukraine",
    description:
      `Every current published statement by a government on what it would contribute to a multinational force for Ukraine after a ceasefire: dated, coded (stance, commitment, contributions, conditions) and cited. Retracted statements and earlier versions are not in the export (see /api/v1/statements/{id}). Licence: ${DATA_LICENCE.name}. ${DATA_LICENCE.scope}`,
    homepage: `${origin}/`,
    licenses: [{ name: DATA_LICENCE.name, title: DATA_LICENCE.title, path: DATA_LICENCE.path }],
    citation: `Coalition Tracker, statements on contributions to a multinational force for Ukraine, ${origin}/api/v1/export.csv (retrieved on the date of download).`,
    resources: [
      {
        name: "statements",
        path: `${origin}/api/v1/export.csv`,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", doubleQuote: true, header: true, lineTerminator: "\n", quoteChar: '"' },
        description:
          "One row per statement, in the import format. Cells that a spreadsheet would run as a formula (starting with =, +, - or @) carry a leading apostrophe, which the importer removes.",
        schema: { fields: exportTableFields(), missingValues: [""] },
      },
    ],
  };
}
