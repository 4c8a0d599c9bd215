import "server-only";
import type { StatementDto } from "@/lib/types";
import type { VersionConflict } from "@/lib/form-state";
import type { FormValues } from "@/lib/validation/form-values";
import { statementToCsvRecord } from "@/db/statements";
import { sourceLabel } from "@/lib/source-label";
import { fillStatementValues } from "@/db/statements/form";

/** A statement version as the form's initial values (citing its source as "existing"). */
export function statementFormValues(s: StatementDto): FormValues {
  const r = statementToCsvRecord(s);
  return {
    ...r,
    country: `${s.countryName} (${s.countryIso3})`,
    contributions: s.contributions,
    source_mode: "existing",
    source_id: sourceLabel(s.source),
  };
}

const LABELS: [string, string][] = [
  ["country", "Country"],
  ["stated_on", "Stated on"],
  ["stance", "Stance"],
  ["contributions", "Contributions"],
  ["conditions", "Conditions"],
  ["quote", "Quote"],
  ["quote_language", "Quote language"],
  ["speaker", "Speaker"],
  ["source", "Source"],
  ["confidence", "Confidence"],
  ["note", "Note"],
];

function typedSource(f: Record<string, string>): string {
  if (f.source_mode === "existing") return f.source_id ?? "";
  return [f.source_title, f.source_publisher, f.source_url].filter(Boolean).join(" · ");
}

/** The newer version against what the editor typed, field by field. */
export function statementConflict(current: StatementDto, typed: FormValues): VersionConflict {
  const theirs: Record<string, string> = { ...statementToCsvRecord(current), country: `${current.countryName} (${current.countryIso3})`, source: sourceLabel(current.source) };
  if (current.status === "retracted") theirs.stance = `${theirs.stance} (retracted: ${current.changeReason ?? ""})`;
  const filled: Record<string, string> = fillStatementValues(typed);
  const yours: Record<string, string> = { ...filled, source: typedSource(filled), confidence: filled.confidence || "medium" };
  return {
    version: current.version,
    recordedBy: current.recordedBy,
    recordedAt: current.recordedAt,
    fields: LABELS.map(([field, label]) => ({ field, label, theirs: (theirs[field] ?? "").trim(), yours: (yours[field] ?? "").trim() })),
  };
}
