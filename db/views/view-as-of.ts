import "server-only";
import type { Db } from "../client";
import { listCategories, listCountries } from "../reference";
import { getBriefStancesInView, getStancesInView, type BriefStance } from "../statements";
import { readGroup } from "../events";
import { groupOn, rowsInGroup, type GroupKey } from "@/lib/groups/group-view";
import { countStances } from "@/lib/timeline/timeline";
import { DEFAULT_STALE_DAYS, isStale } from "@/lib/staleness/age";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { IsoDate } from "@/lib/types";

export type ViewAsOfQuery = { date: IsoDate; known: number | null; claims: ClaimView; group: GroupKey | null; stale?: number | false | null };

/**
 * One view of the data on a date, read with the dashboard's rules, for every page and file that
 * shows it (the dashboard, the embeds, the pictures, the preview image): each country's deciding
 * statement on `date` as known at `known` under the claim filters and scenario
 * (db/statements/claim-view.ts), only the group's members on the date (lib/groups; `group` is null
 * when there is none or the key names no event), the count per category, "no stated position" as
 * the legend counts it (the group's size, or every country, less those with a position), the
 * countries the scenario moved, and the positions the stale rule fades (lib/staleness/age.ts, from
 * the deciding statement's date, as the map does; `stale` null is the default threshold).
 */
export function readViewAsOf(db: Db, q: ViewAsOfQuery) {
  return viewAsOf(db, q, getStancesInView);
}

/**
 * The same view with brief rows (db/statements/as-of.ts: the fields the map, its legend and its
 * charts show, without quotes, citations or actors): for the dashboard's map view,
 * whose render must follow the view, not the size of the data (issue #16).
 */
export function readBriefViewAsOf(db: Db, q: ViewAsOfQuery) {
  return viewAsOf(db, q, getBriefStancesInView);
}

function viewAsOf<R extends BriefStance>(db: Db, q: ViewAsOfQuery, read: (db: Db, date: IsoDate, known: number | null, claims: ClaimView) => { rows: R[]; moved: string[] }) {
  const group = q.group === null ? null : readGroup(db, q.group, q.known);
  const { rows, moved } = read(db, q.date, q.known, q.claims);
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

export type ViewAsOf = ReturnType<typeof readViewAsOf>;
