import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listViewFacts } from "@/db/statements";
import { coalitionTimeline } from "@/lib/timeline/timeline";
import { readGroup } from "@/db/events";
import { applyGroup } from "@/lib/groups/group-view";
import { claimQuery, claimViewKey, claimViewOfQuery, groupQuery, instantParam, parseQuery, rangeQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { z } from "zod";

const timelineQuery = rangeQuery.and(z.object({ known: instantParam.optional() })).and(claimQuery).and(groupQuery);

/**
 * GET /api/v1/timeline?from=&to=[&known=][&official=1][&commitment=X][&assume=no_KEY][&group=G]: a step
 * series of the number of countries per category, with a point only on the dates where a count
 * changes, under the dashboard's claim filters and scenario (lib/claims/claim-view.ts), counting only
 * the members of `group` while they are members (lib/groups/group-view.ts).
 */
export function GET(request: NextRequest) {
  const q = parseQuery(timelineQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const { from, to, known } = q.data;
  const view = claimViewOfQuery(q.data);
  const key = q.data.group ?? null;
  return handle(() => {
    const group = key === null ? null : readGroup(getDb(), key, known ?? null);
    if (key !== null && group === null) return jsonError(400, `group: no event has the slug '${key.slice("summit:".length)}'`);
    return cachedResponse(request, `timeline?from=${from ?? ""}&to=${to ?? ""}&known=${known ?? ""}${claimViewKey(view)}&group=${key ?? ""}`, () =>
      JSON.stringify({
        from: from ?? null,
        to: to ?? null,
        series: coalitionTimeline(applyGroup(listViewFacts(getDb(), known ?? null, view), group), from, to),
      }),
      { known: known ?? null },
    );
  });
}
