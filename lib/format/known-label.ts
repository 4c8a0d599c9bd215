/** How captions state which version of the data a chart or table shows (transaction time). */
import { formatDate } from "./format";

/** "2026-01-07 12:30 UTC": an instant to the minute, in UTC so every reader sees the same text. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "1 Dec 2026, 07:11 UTC": a frozen link's instant as a reader says it (in UTC, so it reads the same everywhere). */
export function formatFrozenInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

/**
 * "data as known at 2026-01-07 00:00 UTC" for a past instant (`known`), or "data as known now
 * (2026-11-22 22:55 UTC)" when showing the latest data.
 */
export function knownLabel(known: number | null, now: number = Date.now()): string {
  return known === null ? `data as known now (${formatInstant(now)})` : `data as known at ${formatInstant(known)}`;
}
