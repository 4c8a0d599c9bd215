/** A country's history as consecutive stretches, for the timeline band on country pages. */
import { addDays } from "../dates";
import type { ChangePoint, IsoDate } from "../types";

/** Days `from`..`until` (inclusive) at one change point's stance; `point` null = no stated position. */
export type BandSegment = { from: IsoDate; until: IsoDate; point: ChangePoint | null };

/**
 * Splits [start, end] into stretches between a country's change points (sorted, as
 * countryChangePoints gives them). Before the first point the country has no stated position; a
 * point before `start` is clipped to it; points after `end` are ignored. The segments cover every
 * day of [start, end] exactly once. Empty when `end` is before `start`.
 */
export function bandSegments(points: readonly ChangePoint[], start: IsoDate, end: IsoDate): BandSegment[] {
  if (end < start) return [];
  const inRange = points.filter((p) => p.date <= end);
  const result: BandSegment[] = [];
  const first = inRange[0];
  if (!first || first.date > start) result.push({ from: start, until: first ? addDays(first.date, -1) : end, point: null });
  inRange.forEach((p, i) => {
    const next = inRange[i + 1];
    const from = p.date < start ? start : p.date;
    const until = next ? addDays(next.date, -1) : end;
    if (until >= from) result.push({ from, until, point: p });
  });
  return result;
}
