/**
 * Moving through time on the dashboard's slider: day offsets between dates and the neighbouring
 * change dates. Dates are valid `YYYY-MM-DD` strings (see lib/dates.ts), so string order is date order.
 */
import { addDays, dayNumber } from "../dates";
import type { IsoDate } from "../types";

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `n` days after `start`. */
export function dateAtOffset(start: IsoDate, n: number): IsoDate {
  return addDays(start, n);
}

/** The last of the sorted `dates` strictly before `date`, or null. Binary search. */
export function previousDate(dates: readonly IsoDate[], date: IsoDate): IsoDate | null {
  let lo = 0;
  let hi = dates.length; // dates[<lo] < date <= dates[>=hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : dates[lo - 1]!;
}

/** The first of the sorted `dates` strictly after `date`, or null. Binary search. */
export function nextDate(dates: readonly IsoDate[], date: IsoDate): IsoDate | null {
  let lo = 0;
  let hi = dates.length; // dates[<lo] <= date < dates[>=hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === dates.length ? null : dates[lo]!;
}

/** The slider's range: from the first statement to the later of the last statement and today. */
export function sliderSpan(span: { first: IsoDate; last: IsoDate } | null, today: IsoDate): { start: IsoDate; end: IsoDate } {
  if (!span) return { start: addDays(today, -365), end: today };
  return { start: span.first < today ? span.first : today, end: span.last > today ? span.last : today };
}

/**
 * The slider's change ticks as one SVG path for a `viewBox="0 0 total height"` box: a vertical line
 * at each date's day offset from `start` (clamped to 0..total), each offset once. One path rather
 * than an element per change date: at 100,000 statements there are thousands of change dates, and
 * as many elements made the page's DOM three times larger.
 */
export function tickPath(start: IsoDate, total: number, dates: readonly IsoDate[], height: number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const d of dates) {
    const x = Math.min(total, Math.max(0, daysBetween(start, d)));
    if (seen.has(x)) continue;
    seen.add(x);
    parts.push(`M${x} 0V${height}`);
  }
  return parts.join("");
}
