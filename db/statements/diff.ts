/**
 * What one version of a statement changed compared with the previous one, field by field, for
 * the version history on statement and country pages.
 */
import { STATEMENT_FIELDS } from "./fields";
import type { StatementDto } from "./rows";

/** The fields a version can change, in the order the history lists them (fields.ts's order). */
export const VERSION_FIELDS: readonly string[] = ["status", ...STATEMENT_FIELDS.flatMap((f) => (f === "source" ? ["source", "moreSources"] : [f.diffKey]))];
export type VersionField = string;

export const VERSION_FIELD_LABELS: Record<VersionField, string> = Object.fromEntries([
  ["status", "Status"],
  ...STATEMENT_FIELDS.flatMap((f) =>
    f === "source"
      ? [
          ["source", "Source"],
          ["moreSources", "Corroborating sources"],
        ]
      : [[f.diffKey, f.label]],
  ),
]);

/** One changed field, with both values as display text (null = empty). */
export type FieldChange = { field: VersionField; label: string; before: string | null; after: string | null };

/** The parts of a version the diff looks at; the full StatementDto satisfies it. */
export type VersionValues = Omit<StatementDto, "id" | "versionId" | "version" | "changeReason" | "recordedAt" | "recordedBy" | "approvedBy" | "approvedAt" | "supersededAt" | "source" | "sources"> & {
  source: Pick<StatementDto["source"], "id" | "title">;
  /** Primary first; absent = the primary alone. */
  sources?: Pick<StatementDto["source"], "id" | "title">[];
};

const corroborating = (v: VersionValues) => (v.sources ?? []).slice(1);

const BY_KEY = new Map(STATEMENT_FIELDS.flatMap((f) => (f === "source" ? [] : [[f.diffKey, f] as const])));

function display(v: VersionValues, field: VersionField): string | null {
  if (field === "status") return v.status;
  if (field === "source") return `${v.source.title} (#${v.source.id})`;
  if (field === "moreSources") {
    const more = corroborating(v);
    return more.length === 0 ? null : more.map((m) => `${m.title} (#${m.id})`).join("; ");
  }
  // The fields' display reads only content keys, which VersionValues has.
  return BY_KEY.get(field)!.display(v as StatementDto);
}

/**
 * The fields that differ between `prev` and `next`, in VERSION_FIELDS order. Empty when nothing
 * changed (e.g. a version that only restates the same values), and for a first version (`prev` null):
 * it has nothing to differ from. Sources compare by id (the corroborating ones as an ordered list), so a
 * renamed source is not a change here.
 */
export function diffVersions(prev: VersionValues | null, next: VersionValues): FieldChange[] {
  if (prev === null) return [];
  const changes: FieldChange[] = [];
  for (const field of VERSION_FIELDS) {
    const changed =
      field === "source"
        ? prev.source.id !== next.source.id
        : field === "moreSources"
          ? corroborating(prev).map((m) => m.id).join() !== corroborating(next).map((m) => m.id).join()
          : display(prev, field) !== display(next, field);
    if (changed) changes.push({ field, label: VERSION_FIELD_LABELS[field] ?? field, before: display(prev, field), after: display(next, field) });
  }
  return changes;
}

/** A version with what it changed compared with the one before it (nothing, for the first). */
export type VersionWithChanges = StatementDto & { changes: FieldChange[] };

/** Each of a statement's versions (oldest first) with its changes: what the pages pass to the version history. */
export function withChanges(versions: StatementDto[]): VersionWithChanges[] {
  return versions.map((v, i) => ({ ...v, changes: diffVersions(i > 0 ? versions[i - 1]! : null, v) }));
}

/** Every non-empty field of a version, as changes from nothing: what a new statement's draft proposes. */
export function versionFields(next: VersionValues): FieldChange[] {
  return VERSION_FIELDS.map((field) => ({ field, label: VERSION_FIELD_LABELS[field] ?? field, before: null, after: display(next, field) })).filter((c) => c.after !== null);
}
