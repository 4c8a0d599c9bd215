import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { readBriefViewAsOf, readViewAsOf } from "@/db/views/view-as-of";
import type { GroupKey } from "@/lib/groups/group-view";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Commitment, ConditionKey, IsoDate } from "@/lib/types";

/**
 * The view on `date` as known at `known` (db/views/view-as-of.ts: the deciding statements, counts,
 * "no stated position", moved and faded countries), read once per request: the home page's
 * metadata and the page itself (which hands them to its charts) both need them, and at 100,000
 * statements the as-of query is the costly part of a render. React's `cache` keys on the
 * arguments (primitives, hence the view spread out) and lasts one request.
 */
const readOnce = cache(
  (date: IsoDate, known: number | null, official: boolean, commitment: Commitment | null, assume: ConditionKey | null, group: GroupKey | null, stale: number | false | null) =>
    readViewAsOf(getDb(), { date, known, claims: { official, commitment, assume }, group, stale }),
);

export function readAsOf(date: IsoDate, known: number | null, view: ClaimView, group: GroupKey | null = null, stale: number | false | null = null) {
  return readOnce(date, known, view.official, view.commitment, view.assume, group, stale);
}

const readBriefOnce = cache(
  (date: IsoDate, known: number | null, official: boolean, commitment: Commitment | null, assume: ConditionKey | null, group: GroupKey | null, stale: number | false | null) =>
    readBriefViewAsOf(getDb(), { date, known, claims: { official, commitment, assume }, group, stale }),
);

/**
 * The same view with brief rows (no quotes, citations or actors), once per request: for what shows
 * none of those (the map view of `/`, its legend, its charts, its metadata).
 */
export function readBriefAsOf(date: IsoDate, known: number | null, view: ClaimView, group: GroupKey | null = null, stale: number | false | null = null) {
  return readBriefOnce(date, known, view.official, view.commitment, view.assume, group, stale);
}
