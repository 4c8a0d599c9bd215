/**
 * The as-of rule, the one definition of "what a country's position was on a date" that the map,
 * the timeline and the diff all share: the latest non-retracted statement made on or before the
 * date; between statements made the same day, the one recorded later (larger statementId).
 */
import type { IsoDate, StanceAsOf, StatementFact } from "../types";

/**
 * Orders facts by the as-of rule: earlier `statedOn` first, then smaller `statementId` first,
 * so the last fact of a sorted list is the one that decides.
 */
export function compareFacts(a: StatementFact, b: StatementFact): number {
  if (a.statedOn !== b.statedOn) return a.statedOn < b.statedOn ? -1 : 1;
  return a.statementId - b.statementId;
}

/**
 * Each country's position as of `date` (inclusive), keyed by ISO3. Countries with no qualifying
 * statement are absent (no stated position). Retracted facts are ignored entirely: a retraction
 * means the statement should never have counted, so it neither decides nor hides an earlier one.
 * One pass, O(n); input order does not matter.
 */
export function stancesAsOf<T extends StatementFact>(facts: readonly T[], date: IsoDate): Map<string, StanceAsOf<T>> {
  const result = new Map<string, StanceAsOf<T>>();
  for (const fact of facts) {
    if (fact.retracted || fact.statedOn > date) continue;
    const current = result.get(fact.countryIso3);
    if (current && compareFacts(fact, current.statement) <= 0) continue;
    result.set(fact.countryIso3, { countryIso3: fact.countryIso3, stance: fact.stance, statement: fact });
  }
  return result;
}
