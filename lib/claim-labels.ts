/**
 * Words for the claim fields' keys (speaker role, commitment, conditions), shared by the forms'
 * options and the public pages, so a key reads the same wherever it is shown.
 */
import type { Commitment, ConditionKey, SpeakerRole } from "./types";

export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = {
  head_of_state_or_government: "head of state or government",
  minister: "minister",
  official_spokesperson: "official spokesperson",
  parliament: "parliament",
  diplomat: "diplomat",
  military: "military",
  anonymous_official: "anonymous official",
  other: "other",
};

export const COMMITMENT_LABELS: Record<Commitment, string> = {
  floated: "floated",
  willing: "willing",
  pledged: "pledged",
  approved: "approved",
  deployed: "deployed",
};

/** What each level means, for the badge's title and the form's hint. */
export const COMMITMENT_DESCRIPTIONS: Record<Commitment, string> = {
  floated: "an idea floated, not offered",
  willing: "declared willing",
  pledged: "pledged in a signed declaration or letter of intent",
  approved: "approved by parliament or a cabinet decision",
  deployed: "deployed",
};

export const CONDITION_LABELS: Record<ConditionKey, string> = {
  ceasefire: "ceasefire",
  us_backstop: "US backstop",
  un_or_eu_mandate: "UN or EU mandate",
  parliament_vote: "parliament vote",
  ukraine_request: "Ukraine's request",
  other: "other",
};

/** "several thousand soldiers; at least 1,000 stated", "1,000–5,000 stated", or null when nothing is stated. */
export function describeSize(s: { sizeText: string | null; troopsMin: number | null; troopsMax: number | null }): string | null {
  const n = (x: number) => x.toLocaleString("en-GB");
  const { troopsMin: min, troopsMax: max } = s;
  const numbers =
    min !== null && max !== null
      ? min === max
        ? `${n(min)} stated`
        : `${n(min)}–${n(max)} stated`
      : min !== null
        ? `at least ${n(min)} stated`
        : max !== null
          ? `up to ${n(max)} stated`
          : null;
  const parts = [s.sizeText, numbers].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join("; ");
}
