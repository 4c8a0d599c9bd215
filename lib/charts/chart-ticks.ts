/** Axis ticks for time charts: first days of months, thinned to a readable number. */
import type { IsoDate } from "../types";

/**
 * The first day of every month within [start, end] (inclusive), keeping every n-th so that at
 * most `max` remain (n the smallest step that fits). Always starts with the first month start in range.
 */
export function monthTicks(start: IsoDate, end: IsoDate, max = 8): IsoDate[] {
  if (end < start || max < 1) return [];
  const all: IsoDate[] = [];
  let [y, m] = start.split("-").map(Number) as [number, number];
  if (start.slice(8) !== "01") [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  for (;;) {
    const d = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
    if (d > end) break;
    all.push(d);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  const step = Math.ceil(all.length / max);
  return all.filter((_, i) => i % step === 0);
}
