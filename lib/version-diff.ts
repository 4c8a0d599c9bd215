/**
 * What changed between two versions of a statement, field by field, in words a reader can check
 * against the source. Pure: the history pages (admin and public) render its output.
 */
import { formatStatedOn } from "./dates";
import { sourceLabel } from "./source-label";
import type { StatementDto } from "./types";

export type FieldChange = { field: string; label: string; before: string; after: string };

const FIELDS: [keyof Displayed, string][] = [
  ["status", "Status"],
  ["country", "Country"],
  ["statedOn", "Stated on"],
  ["stance", "Stance"],
  ["contributions", "Contributions"],
  ["conditions", "Conditions"],
  ["quote", "Quote"],
  ["quoteLanguage", "Quote language"],
  ["speaker", "Speaker"],
  ["source", "Source"],
  ["confidence", "Confidence"],
  ["note", "Note"],
];

type Displayed = Record<
  "status" | "country" | "statedOn" | "stance" | "contributions" | "conditions" | "quote" | "quoteLanguage" | "speaker" | "source" | "confidence" | "note",
  string
>;

function display(s: StatementDto): Displayed {
  return {
    status: s.status,
    country: `${s.countryName} (${s.countryIso3})`,
    statedOn: `${formatStatedOn(s.statedOn, s.statedOnPrecision)}${s.statedOnPrecision === "month" ? " (month precision)" : ""}`,
    stance: s.stance,
    contributions: s.contributions.join(", "),
    conditions: s.conditions ?? "",
    quote: s.quote ?? "",
    quoteLanguage: s.quoteLanguage ?? "",
    speaker: s.speaker ?? "",
    source: sourceLabel(s.source),
    confidence: s.confidence,
    note: s.note ?? "",
  };
}

/**
 * The fields that differ from `before` to `after`; for a first version (`before` null), every
 * field that has a value, shown as added.
 */
export function statementVersionChanges(before: StatementDto | null, after: StatementDto): FieldChange[] {
  const b = before ? display(before) : null;
  const a = display(after);
  return FIELDS.flatMap(([field, label]) => {
    const was = b ? b[field] : "";
    const now = a[field];
    if (was === now || (b === null && field === "status")) return [];
    return [{ field, label, before: was, after: now }];
  });
}

/** Each version with its changes from the one before, newest first. */
export function versionHistory(versions: readonly StatementDto[]): { version: StatementDto; changes: FieldChange[] }[] {
  const sorted = [...versions].sort((x, y) => x.version - y.version);
  return sorted.map((v, i) => ({ version: v, changes: statementVersionChanges(sorted[i - 1] ?? null, v) })).reverse();
}
