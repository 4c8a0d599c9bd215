import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listViewFacts } from "@/db/statements";
import { coalitionTimeline } from "@/lib/timeline/timeline";
import { claimQuery, claimViewKey, claimViewOfQuery, instantParam, parseQuery, rangeQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { z } from "zod";

const timelineQuery = rangeQuery.and(z.object({ known: instantParam.optional() })).and(claimQuery);

/**
 * GET /api/v1/timeline?from=&to=[&known=][&official=1][&commitment=X][&assume=no_KEY]: a step
 * series of the number of countries per category, with a point only on the dates where a count
 * changes, under the dashboard's claim filters and scenario (lib/claims/claim-view.ts).
 */
export function GET(request: NextRequest) {
  const q = parseQuery(timelineQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const { from, to, known } = q.data;
  const view = claimViewOfQuery(q.data);
  return handle(() =>
    cachedResponse(request, `timeline?from=${from ?? ""}&to=${to ?? ""}&known=${known ?? ""}${claimViewKey(view)}`, () =>
      JSON.stringify({
        from: from ?? null,
        to: to ?? null,
        series: coalitionTimeline(listViewFacts(getDb(), known ?? null, view), from, to),
      }),
    ),
  );
}
