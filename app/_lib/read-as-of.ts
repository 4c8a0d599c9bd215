import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { getStancesInView } from "@/db/statements";
import { readGroup } from "@/db/events";
import { groupOn, rowsInGroup, type GroupKey } from "@/lib/groups/group-view";
import { countStances } from "@/lib/timeline/timeline";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Commitment, ConditionKey, IsoDate } from "@/lib/types";

/**
 * The categories, every country's deciding statement on `date` as known at `known` under the
 * view's claim filters and scenario (only the members of the view's group on `date`; `group` is
 * null when there is none or the key names no event), the count per category and the countries the scenario moved,
 * read once per request: the home page's metadata and the page itself (which hands them to its
 * charts) both need them, and at 100,000 statements the as-of query is the costly part of a render.
 * React's `cache` keys on the arguments (primitives, hence the view spread out) and lasts one request.
 */
const readOnce = cache((date: IsoDate, known: number | null, official: boolean, commitment: Commitment | null, assume: ConditionKey | null, key: GroupKey | null) => {
  const db = getDb();
  const group = key === null ? null : readGroup(db, key, known);
  const { rows, moved } = getStancesInView(db, date, known, { official, commitment, assume });
  const asOf = rowsInGroup(rows, group, date);
  const members = group === null ? null : groupOn(group, date);
  return {
    categories: listCategories(db),
    asOf,
    counts: countStances(asOf),
    moved: members === null ? moved : moved.filter((iso3) => members.has(iso3)),
    group: group === null || members === null ? null : { key: group.key, label: group.label, size: members.size },
  };
});

export function readAsOf(date: IsoDate, known: number | null, view: ClaimView, group: GroupKey | null = null) {
  return readOnce(date, known, view.official, view.commitment, view.assume, group);
}
