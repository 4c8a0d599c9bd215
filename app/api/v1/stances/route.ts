import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getStancesInView } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { toStanceRow } from "@/lib/timeline/stance-rows";
import { asOfQuery, claimQuery, claimViewKey, claimViewOfQuery, parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";

const stancesQuery = asOfQuery.and(claimQuery);

/**
 * GET /api/v1/stances?date=YYYY-MM-DD[&known=instant][&official=1][&commitment=X][&assume=no_KEY]:
 * each country with a stated position and the statement that decides it, as of `date` (default
 * today), as the data stood at `known` (default now), under the dashboard's claim filters and
 * scenario (lib/claims/claim-view.ts; `stance` is the category counted, `moved` the countries the
 * scenario recounted). Served from the read cache: computed once per query and version of the data.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(stancesQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const date = q.data.date ?? todayIso();
  const known = q.data.known ?? null;
  const view = claimViewOfQuery(q.data);
  return handle(() =>
    cachedResponse(request, `stances?date=${date}&known=${known ?? ""}${claimViewKey(view)}`, () => {
      const { rows, moved } = getStancesInView(getDb(), date, known, view);
      return JSON.stringify({
        date,
        known: known === null ? null : new Date(known).toISOString(),
        official: view.official,
        commitment: view.commitment,
        assume: view.assume === null ? null : `no_${view.assume}`,
        moved,
        countries: rows.map(toStanceRow),
      });
    }),
  );
}
