import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getStancesAsOf } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { toStanceRow } from "@/lib/timeline/stance-rows";
import { asOfQuery, parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";

/**
 * GET /api/v1/stances?date=YYYY-MM-DD[&known=instant]: each country with a stated position and the
 * statement that decides it, as of `date` (default today), as the data stood at `known` (default now).
 * Served from the read cache: computed once per (date, known) and version of the data.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(asOfQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const date = q.data.date ?? todayIso();
  const known = q.data.known ?? null;
  return handle(() =>
    cachedResponse(request, `stances?date=${date}&known=${known ?? ""}`, () =>
      JSON.stringify({
        date,
        known: known === null ? null : new Date(known).toISOString(),
        countries: getStancesAsOf(getDb(), date, known).map(toStanceRow),
      }),
    ),
  );
}
