/**
 * The view's group filter (`group=eu|nato|summit:SLUG`): the ONE rule that the server (the page,
 * /api/v1/stances, /api/v1/timeline) and the browser (map, legend, slider, charts, table) share.
 *
 * A country counts only while it is in the group: on a date before it joined (Finland and NATO
 * before 2023-04-04) it has no stated position in the group's view; its latest statement made
 * before joining counts from the day it joined. Summit participants are a fixed list (the event's).
 * Known limit: a member that left (the UK and the EU, 2020) keeps its last position in a timeline
 * series; the as-of reads on a date (the page, the table, the legend) leave it out exactly.
 */
import type { IsoDate } from "../types";
import { EU_MEMBERSHIP, NATO_MEMBERSHIP, isMemberOn, type Membership } from "./membership";

export type GroupKey = "eu" | "nato" | `summit:${string}`;
export const GROUP_KEYS_HELP = "eu, nato or summit:<event slug>";
const SUMMIT_RE = /^summit:[a-z0-9][a-z0-9-]{0,99}$/;

/** The group a `group=` value names (syntax only: a summit's slug is checked against the events). */
export function parseGroupKey(s: string): GroupKey | null {
  return s === "eu" || s === "nato" || SUMMIT_RE.test(s) ? (s as GroupKey) : null;
}

/** An event as the summit groups read it. */
export type GroupEvent = { slug: string; name: string; participants: readonly string[] };

/** A resolved group: its members' spans and how the legend names them. */
export type Group = { key: GroupKey; label: string; members: ReadonlyMap<string, Membership> };

const ALWAYS: Membership = { joined: "0000-01-01", left: null };

/** The group a key names, or null for a summit no event has. */
export function resolveGroup(key: GroupKey, events: readonly GroupEvent[]): Group | null {
  if (key === "eu") return { key, label: "EU members", members: EU_MEMBERSHIP };
  if (key === "nato") return { key, label: "NATO members", members: NATO_MEMBERSHIP };
  const slug = key.slice("summit:".length);
  const event = events.find((e) => e.slug === slug);
  if (!event) return null;
  return { key, label: `participants in ${event.name}`, members: new Map(event.participants.map((iso3) => [iso3, ALWAYS])) };
}

/** The ISO3 codes in the group on `date`. */
export function groupOn(group: Group, date: IsoDate): Set<string> {
  const out = new Set<string>();
  for (const [iso3, m] of group.members) if (isMemberOn(m, date)) out.add(iso3);
  return out;
}

/** The rows (one per country, as of one date) of the countries in the group on that date. */
export function rowsInGroup<T extends { countryIso3: string }>(rows: readonly T[], group: Group | null, date: IsoDate): T[] {
  if (group === null) return [...rows];
  const members = groupOn(group, date);
  return rows.filter((r) => members.has(r.countryIso3));
}

/**
 * Statements as the group's view counts them over time: non-members' are left out; for a member,
 * its latest statement before it joined is counted from the day it joined (re-dated), the earlier
 * ones are left out; statements on or after a member left are left out. O(n).
 */
export function applyGroup<T extends { countryIso3: string; statedOn: IsoDate }>(facts: readonly T[], group: Group | null): T[] {
  if (group === null) return [...facts];
  const out: T[] = [];
  const before = new Map<string, T>();
  for (const f of facts) {
    const m = group.members.get(f.countryIso3);
    if (!m || (m.left !== null && f.statedOn >= m.left)) continue;
    if (f.statedOn >= m.joined) {
      out.push(f);
      continue;
    }
    const latest = before.get(f.countryIso3);
    if (!latest || latest.statedOn <= f.statedOn) before.set(f.countryIso3, f);
  }
  for (const [iso3, f] of before) out.push({ ...f, statedOn: group.members.get(iso3)!.joined });
  return out;
}
