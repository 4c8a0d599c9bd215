import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listStatementFacts } from "@/db/queries/stances";
import { coalitionTimeline } from "@/lib/timeline";
import { instantParam, parseQuery, rangeQuery } from "@/lib/validation/query-params";
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
  return handle(() =>
    Response.json({
      from: q.data.from ?? null,
      to: q.data.to ?? null,
      series: coalitionTimeline(listStatementFacts(getDb(), q.data.known ?? null), q.data.from, q.data.to),
    }),
  );
}
