import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getStancesInView } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { toStanceRow } from "@/lib/timeline/stance-rows";
import { readGroup } from "@/db/events";
import { groupOn, rowsInGroup } from "@/lib/groups/group-view";
import { asOfQuery, claimQuery, claimViewKey, claimViewOfQuery, groupQuery, parseQuery, staleQuery } from "@/lib/validation/query-params";
import { ageDays, isStale, staleThreshold } from "@/lib/staleness/age";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";

const stancesQuery = asOfQuery.and(claimQuery).and(groupQuery).and(staleQuery);

/**
 * GET /api/v1/stances?date=YYYY-MM-DD[&known=instant][&official=1][&commitment=X][&assume=no_KEY][&group=G]:
 * each country with a stated position and the statement that decides it, as of `date` (default
 * today), as the data stood at `known` (default now), under the dashboard's claim filters and
 * scenario (lib/claims/claim-view.ts), only the members of `group` on `date` (lib/groups/group-view.ts;
 * a summit no event has is a 400; `stance` is the category counted, `moved` the countries the
 * scenario recounted; each country's `age_days`, days since its deciding statement, a repeat of the
 * same stance resetting it, and `stale`, older than `stale` days, default 180, never with stale=off:
 * lib/staleness/age.ts). Served from the read cache: computed once per query and version of the data.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(stancesQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const date = q.data.date ?? todayIso();
  const known = q.data.known ?? null;
  const view = claimViewOfQuery(q.data);
  const key = q.data.group ?? null;
  const stale = staleThreshold(q.data.stale);
  return handle(() => {
    const group = key === null ? null : readGroup(getDb(), key, known);
    if (key !== null && group === null) return jsonError(400, `group: no event has the slug '${key.slice("summit:".length)}'`);
    return cachedResponse(request, `stances?date=${date}&known=${known ?? ""}${claimViewKey(view)}&group=${key ?? ""}&stale=${stale === false ? "off" : stale}`, () => {
      const { rows: all, moved: allMoved } = getStancesInView(getDb(), date, known, view);
      const rows = rowsInGroup(all, group, date);
      const inGroup = new Set(rows.map((r) => r.countryIso3));
      const moved = allMoved.filter((iso3) => inGroup.has(iso3));
      return JSON.stringify({
        date,
        known: known === null ? null : new Date(known).toISOString(),
        official: view.official,
        commitment: view.commitment,
        assume: view.assume === null ? null : `no_${view.assume}`,
        group: key,
        members: group === null ? null : [...groupOn(group, date)].sort(),
        moved,
        stale,
        countries: rows.map((r) => ({ ...toStanceRow(r), age_days: ageDays(r.statedOn, date), stale: isStale(r.statedOn, date, stale) })),
      });
    }, { known });
  });
}
