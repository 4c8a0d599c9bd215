/**
 * The view's claim filters and scenario, applied to statements: the ONE rule that the server (the
 * page, /api/v1/stances, /api/v1/timeline, /og) and the browser (map, legend, charts, table) share,
 * so that they cannot disagree.
 *
 *   official=1          only on-the-record statements count: an anonymous official's claim, or one
 *                       with no speaker role recorded (unattributed), is left out
 *   commitment=X        only statements at level X or firmer count (COMMITMENT_LEVELS order)
 *   assume=no_<key>     the scenario: a statement conditional on <key> counts as "undecided"
 *
 * What "left out" means for the as-of rule: a statement that does not count is treated like a
 * retracted one, so the country falls back to its latest earlier statement that does count, or to
 * no stated position. An analyst asking for "official positions only" wants a government's last
 * on-the-record position even when an anonymous leak came after it; one asking for "pledged or
 * firmer" wants each country's latest statement at that level (a signed declaration stands when a
 * minister later talks more vaguely). The scenario never leaves a statement out: it only changes
 * the category the statement counts in, so the countries it moves are exactly those whose deciding
 * statement names the condition.
 */
import { COMMITMENT_LEVELS, CONDITION_KEYS, type Commitment, type ConditionKey, type SpeakerRole, type StanceKey } from "../types";

/** The view's claim settings; all off is the plain as-of rule. */
export type ClaimView = { official: boolean; commitment: Commitment | null; assume: ConditionKey | null };
export const ALL_CLAIMS: ClaimView = { official: false, commitment: null, assume: null };

/** `assume=` values: one per condition key, "as if <key> fails". */
export const ASSUMPTIONS = CONDITION_KEYS.map((k) => `no_${k}` as const);
export type Assumption = (typeof ASSUMPTIONS)[number];

/** Speaker roles that `official=1` leaves out (besides no role at all, i.e. unattributed). */
export const UNOFFICIAL_ROLES: readonly SpeakerRole[] = ["anonymous_official"];

/** What the rule reads of a statement. */
export type ClaimFacts = {
  stance: StanceKey;
  speakerRole: SpeakerRole | null;
  commitment: Commitment | null;
  conditionKeys: readonly ConditionKey[];
};

/** The condition key an `assume=` value names, or null when it names none. */
export function assumptionKey(value: string): ConditionKey | null {
  return (ASSUMPTIONS as readonly string[]).includes(value) ? (value.slice(3) as ConditionKey) : null;
}

/** The `assume=` value for a condition key (inverse of assumptionKey). */
export function assumptionOf(key: ConditionKey): Assumption {
  return `no_${key}`;
}

export function isAllClaims(v: ClaimView): boolean {
  return !v.official && v.commitment === null && v.assume === null;
}

/** Whether `level` is `atLeast` or firmer; an unset level is below every level. */
export function isAtLeast(level: Commitment | null, atLeast: Commitment): boolean {
  return level !== null && COMMITMENT_LEVELS.indexOf(level) >= COMMITMENT_LEVELS.indexOf(atLeast);
}

/** Whether a statement counts in the view at all (see the header for what "left out" means). */
export function countsInView(s: ClaimFacts, v: ClaimView): boolean {
  if (v.official && (s.speakerRole === null || UNOFFICIAL_ROLES.includes(s.speakerRole))) return false;
  if (v.commitment !== null && !isAtLeast(s.commitment, v.commitment)) return false;
  return true;
}

/** Whether the view's scenario recounts this statement as undecided (it is conditional on the failed condition). */
export function movedByAssumption(s: ClaimFacts, v: ClaimView): boolean {
  return v.assume !== null && s.stance !== "undecided" && s.conditionKeys.includes(v.assume);
}

/** The category a statement counts in under the view, or null when the view leaves it out. */
export function viewStance(s: ClaimFacts, v: ClaimView): StanceKey | null {
  if (!countsInView(s, v)) return null;
  return movedByAssumption(s, v) ? "undecided" : s.stance;
}

/**
 * The statements that count under the view, each with the category it counts in (a copy where the
 * scenario changes it; the others are returned as they are). The as-of rule then runs over these
 * unchanged. O(n).
 */
export function applyClaimView<T extends ClaimFacts>(statements: readonly T[], v: ClaimView): T[] {
  if (isAllClaims(v)) return [...statements];
  const out: T[] = [];
  for (const s of statements) {
    const stance = viewStance(s, v);
    if (stance === null) continue;
    out.push(stance === s.stance ? s : { ...s, stance });
  }
  return out;
}

/**
 * The countries the scenario moved, given each country's deciding statement under the view's
 * filters (with their stated categories): those whose deciding statement it recounts. Sorted by ISO3.
 */
export function countriesMoved(deciding: Iterable<ClaimFacts & { countryIso3: string }>, v: ClaimView): string[] {
  const moved: string[] = [];
  for (const s of deciding) if (movedByAssumption(s, v)) moved.push(s.countryIso3);
  return moved.sort();
}
