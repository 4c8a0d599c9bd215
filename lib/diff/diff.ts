/**
 * What changed between two dates: which countries moved, from what to what, and a one-line
 * summary for headings ("4 countries moved to troops, 1 to refusal").
 */
import { stancesAsOf } from "../timeline/stance-as-of";
import { STANCE_KEYS, type IsoDate, type StanceKey, type StanceMove, type StatementFact } from "../types";

/** Display labels per category; missing keys fall back to the key with spaces ("air policing"). */
export type StanceLabels = Partial<Record<StanceKey, string>>;

const NO_POSITION = "no stated position";

/** Category rank for sorting: STANCE_KEYS order, "no stated position" (null) last. */
function rank(stance: StanceKey | null): number {
  return stance === null ? STANCE_KEYS.length : STANCE_KEYS.indexOf(stance);
}

/**
 * Countries whose stance as of `dateB` differs from their stance as of `dateA` (null = no stated
 * position, e.g. before a first statement or after the only one was retracted). A new statement
 * that repeats the same stance is not a move. Sorted by the `to` category's rank (null last),
 * then by ISO3. `dateA` after `dateB` is allowed and simply describes the reverse movement.
 */
export function diffStances(facts: readonly StatementFact[], dateA: IsoDate, dateB: IsoDate): StanceMove[] {
  const a = stancesAsOf(facts, dateA);
  const b = stancesAsOf(facts, dateB);
  const moves: StanceMove[] = [];
  for (const iso3 of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(iso3);
    const after = b.get(iso3);
    const from = before?.stance ?? null;
    const to = after?.stance ?? null;
    if (from === to) continue;
    moves.push({
      countryIso3: iso3,
      from,
      to,
      fromStatementId: before?.statement.statementId ?? null,
      toStatementId: after?.statement.statementId ?? null,
    });
  }
  return moves.sort(
    (x, y) => rank(x.to) - rank(y.to) || (x.countryIso3 < y.countryIso3 ? -1 : x.countryIso3 > y.countryIso3 ? 1 : 0),
  );
}

/**
 * One-line English summary of moves grouped by destination, strongest category first:
 * "4 countries moved to troops, 1 to refusal", "1 country moved to no stated position",
 * "no changes" when empty.
 */
export function summariseMoves(moves: readonly StanceMove[], labels: StanceLabels = {}): string {
  const byTarget = new Map<StanceKey | null, number>();
  for (const m of moves) byTarget.set(m.to, (byTarget.get(m.to) ?? 0) + 1);
  const parts = [...byTarget.entries()]
    .sort(([x], [y]) => rank(x) - rank(y))
    .map(([to, n], i) => {
      const label = to === null ? NO_POSITION : (labels[to] ?? to.replace(/_/g, " "));
      return i === 0 ? `${n} ${n === 1 ? "country" : "countries"} moved to ${label}` : `${n} to ${label}`;
    });
  return parts.length === 0 ? "no changes" : parts.join(", ");
}
