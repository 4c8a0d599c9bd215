import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listStatementFacts } from "@/db/statements";
import { coalitionTimeline } from "@/lib/timeline/timeline";
import { instantParam, parseQuery, rangeQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { z } from "zod";

const timelineQuery = rangeQuery.and(z.object({ known: instantParam.optional() }));

/**
 * GET /api/v1/timeline?from=&to=[&known=]: a step series of the number of countries per category,
 * with a point only on the dates where a count changes.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(timelineQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const { from, to, known } = q.data;
  return handle(() =>
    cachedResponse(request, `timeline?from=${from ?? ""}&to=${to ?? ""}&known=${known ?? ""}`, () =>
      JSON.stringify({
        from: from ?? null,
        to: to ?? null,
        series: coalitionTimeline(listStatementFacts(getDb(), known ?? null), from, to),
      }),
    ),
  );
}
