import "server-only";
import { currentVersionAuthor, STATEMENT_FIELDS, statementToCsvRecord, type StatementDto } from "@/db/statements";
import { fillStatementValues } from "@/db/statements/form";
import type { VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { sourceLabel } from "@/lib/format/source-label";
import { labelFieldValue } from "@/lib/format/value-labels";
import { getDb } from "@/db/client";
import { stanceLabels } from "@/db/reference";

/** A statement version as the form's initial values (citing its source as "existing"). */
export function statementFormValues(s: StatementDto): FormValues {
  const r = statementToCsvRecord(s);
  return {
    ...r,
    country: `${s.countryName} (${s.countryIso3})`,
    contributions: s.contributions,
    source_mode: "existing",
    source_id: sourceLabel(s.source),
    // "A new source" starts empty: filling it cites another source; the cited one is edited on its own page.
    source_title: "",
    source_publisher: "",
    source_url: "",
    source_published_on: "",
    // The form cites recorded sources by the type-ahead's label, not the CSV's descriptions.
    more_sources: s.sources.slice(1).map(sourceLabel),
  };
}

// The conflict table's rows: the statement's fields in their declared order, the citation as one.
const LABELS: [string, string][] = STATEMENT_FIELDS.flatMap((f): [string, string][] =>
  f === "source"
    ? [
        ["source", "Source"],
        ["more_sources", "Corroborating sources"],
      ]
    : [[f.name, f.label]],
);

function typedSource(f: Record<string, string>): string {
  if (f.source_mode === "existing") return f.source_id ?? "";
  return [f.source_title, f.source_publisher, f.source_url].filter(Boolean).join(" · ");
}

/** The newer version against what the editor typed, field by field. */
export function statementConflict(current: StatementDto, typed: FormValues, actor: string): VersionConflict {
  const byYou = currentVersionAuthor(getDb(), current.id) === actor;
  const stances = stanceLabels(getDb());
  const shown = (field: string, value: string) => labelFieldValue(field, value.trim(), stances);
  const theirs: Record<string, string> = { ...statementToCsvRecord(current), country: `${current.countryName} (${current.countryIso3})`, source: sourceLabel(current.source), more_sources: current.sources.slice(1).map(sourceLabel).join("; ") };
  if (current.status === "retracted") theirs.stance = `${theirs.stance} (retracted: ${current.changeReason ?? ""})`;
  const filled: Record<string, string> = fillStatementValues(typed);
  const yours: Record<string, string> = {
    ...filled,
    source: typedSource(filled),
    more_sources: (filled.more_sources ?? "").split("\n").filter(Boolean).join("; "),
    confidence: filled.confidence || "medium",
  };
  return {
    version: current.version,
    recordedBy: current.recordedBy,
    recordedAt: current.recordedAt,
    byYou,
    fields: LABELS.map(([field, label]) => ({ field, label, theirs: shown(field, theirs[field] ?? ""), yours: shown(field, yours[field] ?? "") })),
  };
}
