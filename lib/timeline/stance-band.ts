/** A country's history as consecutive stretches, for the timeline band on country pages. */
import { addDays, dayNumber } from "../dates";
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

/** A stretch of days, both ends inclusive. */
export type DaySpan = { from: IsoDate; until: IsoDate };

/**
 * The band drawn as one CSS gradient with hard stops (each segment `colour a% b%`), so the bar is
 * one element however many times the country changed its position: a country page's render must
 * follow what it shows, not how long the history is (issue #16; France had 69 stretches at 100k
 * statements, each its own titled element, the biggest part of the page). `colourOf` gives each
 * segment's CSS colour. Percentages are rounded to hundredths: far below a pixel of any screen.
 */
export function bandGradient(segments: readonly BandSegment[], colourOf: (s: BandSegment) => string): string {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return "none";
  const start = dayNumber(first.from);
  const total = dayNumber(last.until) - start + 1;
  const pct = (day: number) => `${Math.round(((day - start) / total) * 10_000) / 100}%`;
  const stops = segments.map((s) => `${colourOf(s)} ${pct(dayNumber(s.from))} ${pct(dayNumber(s.until) + 1)}`);
  return `linear-gradient(to right, ${stops.join(", ")})`;
}

/** The segments with at least one day in `span`, in order (the stretches a page of statements spans). */
export function segmentsIn(segments: readonly BandSegment[], span: DaySpan): BandSegment[] {
  return segments.filter((s) => s.from <= span.until && s.until >= span.from);
}

/**
 * The period a page of a country's statements (newest first) spans on its band, so the band's text
 * list can show only that page's stretches: from the oldest statement on the page (the band's start
 * on the last page, which holds the stretch before the first statement) to the statement just
 * newer than the page (the band's end on the first page). Consecutive pages' windows meet on a day,
 * so together they cover the whole band and every stretch is listed on some page. `dates` are every
 * statement's date in the list's order; `offset` and `count` the page's slice of it. Clipped to the
 * band; null when the page lies wholly outside it (statements dated after the band's end).
 */
export function pagePeriod(dates: readonly IsoDate[], offset: number, count: number, band: DaySpan): DaySpan | null {
  const oldest = offset + count >= dates.length ? band.from : dates[offset + count - 1]!;
  const newer = offset === 0 ? band.until : dates[offset - 1]!;
  const from = oldest < band.from ? band.from : oldest;
  const until = newer > band.until ? band.until : newer;
  return from <= until ? { from, until } : null;
}
