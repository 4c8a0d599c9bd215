/**
 * The outcome of every row of an uploaded statements CSV, for the browser import's dry run and
 * its confirmation: new, duplicate of an existing statement, or refused with its reasons.
 */
import type { CheckedImportRow } from "./import-check";

export type RowOutcome = {
  line: number;
  outcome: "new" | "duplicate" | "error";
  country: string;
  statedOn: string;
  stance: string;
  statementId: number | null;
  errors: string[];
  /** The row's quote as it will be shown (null when it has none, or the row is refused). */
  quote: string | null;
  /** The row's primary source: an existing one it matches (its id), or one the import will create. */
  source: { title: string; matchedId: number | null } | null;
};

export type ImportSummary = { new: number; duplicate: number; error: number };

/** What the browser import's action answers and its form (components/forms/import-form.tsx) shows. */
export type ImportData = { fileName: string; rows: RowOutcome[]; summary: ImportSummary; draftId?: string; imported?: boolean };

/**
 * Merges the validation of each row with the database's verdict on the valid ones (`verdicts`,
 * matched by line), in file order. Refused rows show their cells as typed.
 */
export function mergeOutcomes(
  rows: readonly CheckedImportRow[],
  verdicts: readonly { line: number; outcome: "new" | "duplicate"; statementId: number | null }[],
  /** For a valid row's line, the id of the recorded source its citation matches (null: it would be created). */
  matchedSource: (line: number) => number | null = () => null,
): { rows: RowOutcome[]; summary: ImportSummary } {
  const byLine = new Map(verdicts.map((v) => [v.line, v]));
  const out = rows.map((r): RowOutcome => {
    const shown = { country: r.record.country ?? "", statedOn: r.record.stated_on ?? "", stance: r.record.stance ?? "" };
    if (!r.ok) return { line: r.line, outcome: "error", ...shown, statementId: null, errors: r.errors, quote: null, source: null };
    const v = byLine.get(r.line);
    return {
      line: r.line,
      outcome: v?.outcome ?? "error",
      country: r.input.countryIso3,
      statedOn: r.input.statedOn,
      stance: r.input.stance,
      statementId: v?.statementId ?? null,
      errors: v ? [] : ["not checked against the database"],
      quote: r.input.quote ?? null,
      source: { title: r.input.source.title, matchedId: matchedSource(r.line) },
    };
  });
  const summary: ImportSummary = { new: 0, duplicate: 0, error: 0 };
  for (const r of out) summary[r.outcome]++;
  return { rows: out, summary };
}
