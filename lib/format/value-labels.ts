/**
 * A stored key shown as readers see it: a statement field's value (`support_only`,
 * `training;equipment`) turned into its label ("Support without deployment", "Training, Equipment")
 * for the admin's screens, the edit-conflict table and the version history. The stance labels
 * live in the database (its reference data), so the caller passes them; the others are fixed here.
 */
import { COMMITMENT_LABELS, CONDITION_LABELS, SPEAKER_ROLE_LABELS } from "./claim-labels";
import { CONTRIBUTION_LABELS } from "../timeline/contribution-counts";

export type StanceLabels = Readonly<Record<string, string>>;

// Field names as the CSV / form spell them and as the DTO / audit snapshots do, normalised.
const FIXED: Record<string, Readonly<Record<string, string>>> = {
  contributions: CONTRIBUTION_LABELS,
  conditionkeys: CONDITION_LABELS,
  commitment: COMMITMENT_LABELS,
  speakerrole: SPEAKER_ROLE_LABELS,
};

const normalise = (field: string) => (field.split(".").pop() ?? field).replace(/_/g, "").toLowerCase();

/** The value with each known key replaced by its label; unknown keys and other fields unchanged. */
export function labelFieldValue(field: string, value: string, stances: StanceLabels): string {
  const key = normalise(field);
  const labels = key === "stance" ? stances : FIXED[key];
  if (!labels || value.trim() === "") return value;
  // Lists come joined with ";" (CSV) or ", " (diffs); each key is one token.
  return value
    .split(/\s*[;,]\s*/)
    .filter((k) => k !== "")
    .map((k) => (Object.hasOwn(labels, k) ? labels[k] : k))
    .join(", ");
}

/** "A → B" with both sides labelled (status moves keep their words). */
export function labelChange(field: string, before: string, after: string, stances: StanceLabels): { before: string; after: string } {
  return { before: labelFieldValue(field, before, stances), after: labelFieldValue(field, after, stances) };
}
