/**
 * Histories derived from the as-of rule (see stance-as-of.ts): per country, the dates on which its
 * stance changes, and for the coalition, how many countries stand in each category over time.
 * Everything is computed once from the facts in O(n log n), so the client can precompute and then
 * answer every slider step by binary search instead of re-running the as-of rule.
 */
import { compareFacts } from "./stance-as-of";
import { STANCE_KEYS, type ChangePoint, type IsoDate, type StanceKey, type StatementFact, type TimelinePoint } from "../types";

/**
 * Each country's change points, keyed by ISO3, sorted by date. A point is kept only where the
 * country's effective stance changes, not wherever the deciding statement changes: a statement
 * that reaffirms the current stance adds no point. A point's `statementId` is the statement that
 * decides the stance on that date (the one that made the change), which stays the citation for
 * the whole step even if later reaffirmations would decide on later dates.
 * Countries whose every statement is retracted are absent.
 */
export function countryChangePoints(facts: readonly StatementFact[]): Map<string, ChangePoint[]> {
  const result = new Map<string, ChangePoint[]>();
  for (const [iso3, deciders] of countryDeciders(facts)) result.set(iso3, changesOf(deciders));
  return result;
}

/** The deciders where the stance changes (see countryChangePoints). */
export function changesOf(deciders: readonly ChangePoint[]): ChangePoint[] {
  const points: ChangePoint[] = [];
  for (const d of deciders) if (points[points.length - 1]?.stance !== d.stance) points.push(d);
  return points;
}

/**
 * Each country's deciding statements, keyed by ISO3, sorted by date: every statement that decides
 * the stance from its date on (the last one recorded of each day), whether or not it changes the
 * stance. `stanceAt` over them gives the statement in force on a date, which is what the panel and
 * the map's hover cite; change points (countryChangePoints) say since when the category is unchanged.
 */
export function countryDeciders(facts: readonly StatementFact[]): Map<string, ChangePoint[]> {
  // Grouping first and sorting each country's (small) group is markedly faster than one big sort
  // with a two-level comparator.
  const byCountry = new Map<string, StatementFact[]>();
  for (const fact of facts) {
    if (fact.retracted) continue;
    const group = byCountry.get(fact.countryIso3);
    if (group) group.push(fact);
    else byCountry.set(fact.countryIso3, [fact]);
  }
  const result = new Map<string, ChangePoint[]>();
  for (const [iso3, group] of byCountry) {
    group.sort(compareFacts);
    const points: ChangePoint[] = [];
    for (let i = 0; i < group.length; i++) {
      const fact = group[i]!;
      // Of same-day facts only the last (largest id) decides that day.
      if (group[i + 1]?.statedOn === fact.statedOn) continue;
      points.push({ date: fact.statedOn, stance: fact.stance, statementId: fact.statementId });
    }
    result.set(iso3, points);
  }
  return result;
}

/**
 * The change point in force on `date` (the last one dated on or before it), or null when the
 * country had no stated position yet. Binary search, O(log n): the slider calls this for every
 * country on every step.
 */
export function stanceAt(points: readonly ChangePoint[], date: IsoDate): ChangePoint | null {
  let lo = 0;
  let hi = points.length; // invariant: points[<lo] are <= date, points[>=hi] are > date
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : points[lo - 1]!;
}

/** Sorted unique dates on which any country's stance changes (the slider's ticks). */
export function changeDates(pointsByCountry: ReadonlyMap<string, readonly ChangePoint[]>): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const points of pointsByCountry.values()) for (const p of points) dates.add(p.date);
  return [...dates].sort();
}

/** A zeroed count for every category, so consumers never meet a missing key. */
export function emptyCounts(): Record<StanceKey, number> {
  return Object.fromEntries(STANCE_KEYS.map((k) => [k, 0])) as Record<StanceKey, number>;
}

/** How many of `items` stand in each category (every category present, zero when empty). */
export function countStances(items: Iterable<{ stance: StanceKey }>): Record<StanceKey, number> {
  const counts = emptyCounts();
  for (const item of items) counts[item.stance] += 1;
  return counts;
}

type Move = { date: IsoDate; from: StanceKey | null; to: StanceKey };

/**
 * The coalition's counts per category as a step series. The first point is at `from` (default:
 * the earliest non-retracted statement's date) with the counts as of that date; then one point on
 * each date in (`from`, `to`] on which some count changes. Dates on which countries only swap
 * places (counts unchanged) add no point. Only real change dates appear, no sampling.
 * Returns [] when there are no facts and no `from`. O(n log n).
 * @throws RangeError if `to` is before `from` (validate query ranges at the edge).
 */
export function coalitionTimeline(facts: readonly StatementFact[], from?: IsoDate, to?: IsoDate): TimelinePoint[] {
  return seriesFromChangePoints(countryChangePoints(facts), from, to);
}

/**
 * `coalitionTimeline` from each country's change points (countryChangePoints) rather than the
 * facts: the browser has the points (lib/timeline/timeline-payload.ts) and builds the chart's series from
 * them, so the series never has to travel in the page.
 * @throws RangeError if `to` is before `from`.
 */
export function seriesFromChangePoints(
  pointsByCountry: ReadonlyMap<string, readonly ChangePoint[]>,
  from?: IsoDate,
  to?: IsoDate,
): TimelinePoint[] {
  if (from !== undefined && to !== undefined && to < from) throw new RangeError(`to (${to}) is before from (${from})`);
  const moves: Move[] = [];
  for (const points of pointsByCountry.values()) {
    let previous: StanceKey | null = null;
    for (const p of points) {
      moves.push({ date: p.date, from: previous, to: p.stance });
      previous = p.stance;
    }
  }
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = from ?? moves[0]?.date;
  if (start === undefined) return [];

  const counts = emptyCounts();
  const apply = (m: Move) => {
    if (m.from) counts[m.from] -= 1;
    counts[m.to] += 1;
  };
  let i = 0;
  for (; i < moves.length && moves[i]!.date <= start; i++) apply(moves[i]!);
  const series: TimelinePoint[] = [{ date: start, counts: { ...counts } }];
  while (i < moves.length && (to === undefined || moves[i]!.date <= to)) {
    const date = moves[i]!.date;
    for (; i < moves.length && moves[i]!.date === date; i++) apply(moves[i]!);
    const last = series[series.length - 1]!;
    if (STANCE_KEYS.some((k) => last.counts[k] !== counts[k])) series.push({ date, counts: { ...counts } });
  }
  return series;
}
