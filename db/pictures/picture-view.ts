import "server-only";
import type { Db } from "../client";
import { listCountries } from "../reference";
import { listViewFacts } from "../statements";
import { readGroup } from "../events";
import { readViewAsOf, type ViewAsOf, type ViewAsOfQuery } from "../views/view-as-of";
import { applyGroup } from "@/lib/groups/group-view";
import { coalitionTimeline, countryDeciders } from "@/lib/timeline/timeline";
import { personnelSteps, type PersonnelStep } from "@/lib/timeline/personnel";
import { countContributions } from "@/lib/timeline/contribution-counts";
import type { IsoDate } from "@/lib/types";

export type PictureViewQuery = ViewAsOfQuery & { stale: number | false | null };

/**
 * What a picture of the dashboard draws: the view as the page reads it (db/views/view-as-of.ts),
 * or null when `group` names a summit no event has (a picture of a group that does not exist is
 * refused, where the page ignores the parameter and says so).
 */
export function readPictureView(db: Db, q: PictureViewQuery): ViewAsOf | null {
  const view = readViewAsOf(db, q);
  return q.group !== null && view.group === null ? null : view;
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
