/**
 * Staleness (`stale=DAYS`, default 180, `stale=off`): how old each country's position is on a
 * date, and whether the view fades it. The age runs from the latest statement on or before the
 * date: a statement that repeats the position (same stance, later date) is a reaffirmation and
 * resets the age, and it is also the deciding statement of the as-of rule; so the age is never
 * counted from the day the category last changed (the map's "since" date). Pure; not yet wired
 * into the map (faded fill) and the legend ("N faded") by components/dashboard/dashboard.tsx.
 */
import { dayNumber } from "../dates";
import type { IsoDate, StatementFact } from "../types";

export const DEFAULT_STALE_DAYS = 180;
export const MAX_STALE_DAYS = 3650;

/** A `stale=` value: a whole number of days (1..3650), or "off" (false); null when malformed. */
export function parseStale(s: string): number | false | null {
  if (s === "off") return false;
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_STALE_DAYS ? n : null;
}

/**
 * Each country's position age in days on `date`: days since the latest statement (on or before the
 * date, not retracted) that states its current stance; a stance change resets it to the change's day.
 */
export function positionAges(facts: readonly StatementFact[], date: IsoDate): Map<string, { stance: StatementFact["stance"]; since: IsoDate; days: number }> {
  const latest = new Map<string, StatementFact>();
  for (const f of facts) {
    if (f.retracted || f.statedOn > date) continue;
    const prev = latest.get(f.countryIso3);
    if (!prev || f.statedOn >= prev.statedOn) latest.set(f.countryIso3, f);
  }
  const out = new Map<string, { stance: StatementFact["stance"]; since: IsoDate; days: number }>();
  const today = dayNumber(date);
  // The deciding statement is the latest one, so it is itself the latest reaffirmation of its stance.
  for (const [iso3, f] of latest) out.set(iso3, { stance: f.stance, since: f.statedOn, days: today - dayNumber(f.statedOn) });
  return out;
}

/** Whether a position stated (or last reaffirmed) on `statedOn` is older than `stale` days on `date`. */
export function isStale(statedOn: IsoDate, date: IsoDate, stale: number | false): boolean {
  return stale !== false && dayNumber(date) - dayNumber(statedOn) > stale;
}

/** The countries whose position is older than `stale` days on the date (none when stale is off). */
export function fadedCountries(ages: ReadonlyMap<string, { days: number }>, stale: number | false): Set<string> {
  const out = new Set<string>();
  if (stale === false) return out;
  for (const [iso3, a] of ages) if (a.days > stale) out.add(iso3);
  return out;
}
