/**
 * What one version of a statement changed compared with the previous one, field by field, for
 * the version history on statement and country pages.
 */
import { formatStatedOn } from "../dates";
import type { StatementDto } from "../types";

/** The fields a version can change, in the order the history lists them. */
export const VERSION_FIELDS = [
  "status",
  "country",
  "statedOn",
  "stance",
  "contributions",
  "conditions",
  "quote",
  "quoteLanguage",
  "speaker",
  "source",
  "confidence",
  "note",
] as const;
export type VersionField = (typeof VERSION_FIELDS)[number];

export const VERSION_FIELD_LABELS: Record<VersionField, string> = {
  status: "Status",
  country: "Country",
  statedOn: "Stated on",
  stance: "Stance",
  contributions: "Contributions",
  conditions: "Conditions",
  quote: "Quote",
  quoteLanguage: "Quote language",
  speaker: "Speaker",
  source: "Source",
  confidence: "Confidence",
  note: "Note",
};

/** One changed field, with both values as display text (null = empty). */
export type FieldChange = { field: VersionField; label: string; before: string | null; after: string | null };

/** The parts of a version the diff looks at; the full StatementDto satisfies it. */
export type VersionValues = Pick<
  StatementDto,
  | "status"
  | "countryIso3"
  | "countryName"
  | "statedOn"
  | "statedOnPrecision"
  | "stance"
  | "contributions"
  | "conditions"
  | "quote"
  | "quoteLanguage"
  | "speaker"
  | "confidence"
  | "note"
> & { source: Pick<StatementDto["source"], "id" | "title"> };

function display(v: VersionValues, field: VersionField): string | null {
  switch (field) {
    case "status":
      return v.status;
    case "country":
      return `${v.countryName} (${v.countryIso3})`;
    case "statedOn":
      // Precision is part of the date: "2025-09" -> "2025-09-04" is a change even on the same first day.
      return `${formatStatedOn(v.statedOn, v.statedOnPrecision)}${v.statedOnPrecision === "month" ? " (month precision)" : ""}`;
    case "stance":
      return v.stance;
    case "contributions":
      // Order does not matter: a re-ordered list is not a change.
      return v.contributions.length === 0 ? null : [...v.contributions].sort().join(", ");
    case "source":
      return `${v.source.title} (#${v.source.id})`;
    default:
      return v[field];
  }
}

/**
 * The fields that differ between `prev` and `next`, in VERSION_FIELDS order. Empty when nothing
 * changed (e.g. a version that only restates the same values), and for a first version (`prev` null):
 * it has nothing to differ from. Sources compare by id, so a renamed source is not a change here.
 */
export function diffVersions(prev: VersionValues | null, next: VersionValues): FieldChange[] {
  if (prev === null) return [];
  const changes: FieldChange[] = [];
  for (const field of VERSION_FIELDS) {
    const changed = field === "source" ? prev.source.id !== next.source.id : display(prev, field) !== display(next, field);
    if (changed) changes.push({ field, label: VERSION_FIELD_LABELS[field], before: display(prev, field), after: display(next, field) });
  }
  return changes;
}
