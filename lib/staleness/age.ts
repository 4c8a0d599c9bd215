/**
 * Staleness (`stale=DAYS`, default 180, `stale=off`): how old each country's position is on a
 * date, and whether the view fades it. The age runs from the latest statement on or before the
 * date: a statement that repeats the position (same stance, later date) is a reaffirmation and
 * resets the age, and it is also the deciding statement of the as-of rule; so the age is never
 * counted from the day the category last changed (the map's "since" date). Pure: the one rule
 * behind the map's fading, the legend's "N faded", the age texts (panel, hover card, table, country
 * page) and the API's `age_days` / `stale`.
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

/** Whole days from the deciding statement's date (its latest reaffirmation) to `date`; month precision counts from the 1st. */
export function ageDays(statedOn: IsoDate, date: IsoDate): number {
  return dayNumber(date) - dayNumber(statedOn);
}

/** "1 day", "412 days": the age as a duration (the table's cell). */
export function formatAge(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** "stated 412 days ago" ("stated today", "stated 1 day ago"): the age as a sentence. */
export function describeAge(days: number): string {
  return days <= 0 ? "stated today" : `stated ${formatAge(days)} ago`;
}

/**
 * The age line of the panel, the map's hover card and the embedded map: "stated 412 days ago",
 * then " (faded: older than 180 days)" when the view fades the position.
 */
export function ageText(days: number, faded: boolean, staleDays: number | false): string {
  return `${describeAge(days)}${faded ? ` (faded: older than ${staleDays} days)` : ""}`;
}

/** The stale threshold a view uses: the URL's, or the default. */
export function staleThreshold(stale: number | false | null | undefined): number | false {
  return stale ?? DEFAULT_STALE_DAYS;
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
  // The deciding statement is the latest one, so it is itself the latest reaffirmation of its stance.
  for (const [iso3, f] of latest) out.set(iso3, { stance: f.stance, since: f.statedOn, days: ageDays(f.statedOn, date) });
  return out;
}

/** Whether a position stated (or last reaffirmed) on `statedOn` is older than `stale` days on `date`. */
export function isStale(statedOn: IsoDate, date: IsoDate, stale: number | false): boolean {
  return stale !== false && ageDays(statedOn, date) > stale;
}

/** The countries whose position is older than `stale` days on the date (none when stale is off). */
export function fadedCountries(ages: ReadonlyMap<string, { days: number }>, stale: number | false): Set<string> {
  const out = new Set<string>();
  if (stale === false) return out;
  for (const [iso3, a] of ages) if (a.days > stale) out.add(iso3);
  return out;
}
