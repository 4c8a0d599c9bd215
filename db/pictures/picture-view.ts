import "server-only";
import type { Db } from "../client";
import { listCategories, listCountries } from "../reference";
import { getStancesInView, listViewFacts } from "../statements";
import { readGroup } from "../events";
import { applyGroup, groupOn, rowsInGroup, type GroupKey } from "@/lib/groups/group-view";
import { countStances, coalitionTimeline, countryDeciders } from "@/lib/timeline/timeline";
import { personnelSteps, type PersonnelStep } from "@/lib/timeline/personnel";
import { countContributions } from "@/lib/timeline/contribution-counts";
import { DEFAULT_STALE_DAYS, isStale } from "@/lib/staleness/age";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { IsoDate } from "@/lib/types";

export type PictureViewQuery = { date: IsoDate; known: number | null; claims: ClaimView; group: GroupKey | null; stale: number | false | null };

/**
 * What a picture of the dashboard draws, read with the page's own rules: each country's deciding
 * statement under the claim filters and scenario (db/statements/claim-view.ts), only the group's
 * members on the date (lib/groups), the counts per category, "no stated position" as the page's
 * legend counts it (the group's size, or every country, less those with a position), and the
 * positions the stale rule fades (lib/staleness/age.ts, from the deciding statement's date, as the
 * map does). Null when `group` names a summit no event has.
 */
export function readPictureView(db: Db, q: PictureViewQuery) {
  const group = q.group === null ? null : readGroup(db, q.group, q.known);
  if (q.group !== null && group === null) return null;
  const { rows, moved } = getStancesInView(db, q.date, q.known, q.claims);
  const asOf = rowsInGroup(rows, group, q.date);
  const members = group === null ? null : groupOn(group, q.date);
  const countries = listCountries(db);
  const stale = q.stale ?? DEFAULT_STALE_DAYS;
  const faded = new Set(stale === false ? [] : asOf.filter((r) => isStale(r.statedOn, q.date, stale)).map((r) => r.countryIso3));
  return {
    categories: listCategories(db),
    countries,
    asOf,
    counts: countStances(asOf),
    none: Math.max(0, (members?.size ?? countries.length) - asOf.length),
    moved: members === null ? moved : moved.filter((iso3) => members.has(iso3)),
    group: group === null || members === null ? null : { key: group.key, label: group.label, size: members.size },
    stale,
    faded,
  };
}

export type PictureView = NonNullable<ReturnType<typeof readPictureView>>;

/** What the countries with a position offer (the contributions chart's bars). */
export function pictureContributions(view: PictureView) {
  return countContributions(view.asOf);
}

/** The coalition chart's series (the same facts /api/v1/timeline counts), up to `to`. */
export function pictureSeries(db: Db, q: PictureViewQuery, to: IsoDate) {
  const group = q.group === null ? null : readGroup(db, q.group, q.known);
  return coalitionTimeline(applyGroup(listViewFacts(db, q.known, q.claims), group), undefined, to);
}

/**
 * The personnel chart's steps (lib/timeline/personnel.ts), up to `end`: the page's own rule over
 * the same facts the coalition chart counts (claim filters, then the group), each country's
 * deciding statements in date order, summing the minimums they state. Empty when none gives one.
 */
export function picturePersonnel(db: Db, q: PictureViewQuery, end: IsoDate): PersonnelStep[] {
  const group = q.group === null ? null : readGroup(db, q.group, q.known);
  const facts = applyGroup(listViewFacts(db, q.known, q.claims), group);
  const troops = new Map(facts.map((f) => [f.statementId, f.troopsMin]));
  const deciders = countryDeciders(facts);
  return personnelSteps(listCountries(db), (iso3) => deciders.get(iso3) ?? [], (id) => troops.get(id) ?? null, end);
}
