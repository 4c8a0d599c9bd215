/**
 * The coalition chart's data: the timeline's points turned into closed steps (each count holds
 * from one date until the day before the next change), and the countries behind each count on
 * any date. The chart, its CSV and its table equivalent are all built from these steps, so the
 * three can never disagree.
 */
import { addDays, dateOfDayNumber, dayNumber } from "../dates";
import { seriesFromChangePoints, stanceAt } from "./timeline";
import { STANCE_KEYS, type ChangePoint, type IsoDate, type StanceKey, type TimelinePoint } from "../types";

/** Counts per category that hold on every day from `from` to `until` (both inclusive). */
export type CoalitionStep = { from: IsoDate; until: IsoDate; counts: Record<StanceKey, number>; total: number };

/** One country's change points, with the name to show for it. */
export type CountryTrack = { iso3: string; name: string; points: ChangePoint[] };

export type Member = { iso3: string; name: string };

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (the chart's numeric x axis; no time zone involved). */
export function isoToDay(date: IsoDate): number {
  return dayNumber(date);
}

/** Inverse of `isoToDay`; fractional days are floored (a pixel inside a day belongs to that day). */
export function dayToIso(day: number): IsoDate {
  return dateOfDayNumber(day);
}

/**
 * Closes a step series at `end`: each point becomes a step lasting until the day before the next
 * point, the last one until `end`. Points after `end` are dropped. `total` is the number of countries
 * with a stated position during the step.
 */
export function toSteps(series: readonly TimelinePoint[], end: IsoDate): CoalitionStep[] {
  const kept = series.filter((p) => p.date <= end);
  return kept.map((p, i) => {
    const next = kept[i + 1];
    return {
      from: p.date,
      until: next ? addDays(next.date, -1) : end,
      counts: { ...p.counts },
      total: STANCE_KEYS.reduce((sum, k) => sum + p.counts[k], 0),
    };
  });
}

/** The step in force on `date`, or null before the first step or after the last. Binary search. */
export function stepAt(steps: readonly CoalitionStep[], date: IsoDate): CoalitionStep | null {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps[mid]!.from <= date) lo = mid + 1;
    else hi = mid;
  }
  const step = lo === 0 ? null : steps[lo - 1]!;
  return step && date <= step.until ? step : null;
}

/** The countries standing in each category on `date`, each list sorted by name. */
export function membersAt(tracks: readonly CountryTrack[], date: IsoDate): Record<StanceKey, Member[]> {
  const members = Object.fromEntries(STANCE_KEYS.map((k) => [k, [] as Member[]])) as Record<StanceKey, Member[]>;
  for (const t of tracks) {
    const point = stanceAt(t.points, date);
    if (point) members[point.stance].push({ iso3: t.iso3, name: t.name });
  }
  for (const k of STANCE_KEYS) members[k].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return members;
}

/**
 * Everything the coalition chart needs from the statements: the count steps from the first change
 * up to `end` and each country's change points with its name (for "who is behind this count").
 * `names` maps ISO3 to a display name; a missing name falls back to the code.
 */
export function coalitionChartData(
  pointsByCountry: ReadonlyMap<string, ChangePoint[]>,
  series: readonly TimelinePoint[],
  names: ReadonlyMap<string, string>,
  end: IsoDate,
): { steps: CoalitionStep[]; tracks: CountryTrack[] } {
  const tracks = [...pointsByCountry].map(([iso3, points]) => ({ iso3, name: names.get(iso3) ?? iso3, points }));
  tracks.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { steps: toSteps(series, end), tracks };
}

/**
 * The dashboard chart's data from the change points the browser already holds (the timeline
 * payload): the steps run from the first change to `today`, or to the last change if that is later.
 * Gives exactly what `coalitionChartData` gives for the facts those points came from.
 */
export function coalitionChartFromPoints(
  pointsByCountry: ReadonlyMap<string, ChangePoint[]>,
  names: ReadonlyMap<string, string>,
  today: IsoDate,
): { steps: CoalitionStep[]; tracks: CountryTrack[] } {
  const series = seriesFromChangePoints(pointsByCountry);
  const lastChange = series[series.length - 1]?.date ?? today;
  return coalitionChartData(pointsByCountry, series, names, lastChange > today ? lastChange : today);
}
