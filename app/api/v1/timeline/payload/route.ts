import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getTimelinePayload } from "@/db/statements";
import { instantParam, parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../../_lib/cached";
import { handle, jsonError } from "../../_lib/respond";

const payloadQuery = z.object({ known: instantParam.optional() });

/**
 * GET /api/v1/timeline/payload[?known=instant]: every country's change points with their citations
 * (lib/timeline/timeline-payload.ts), which the dashboard fetches once after the page has loaded and then
 * shows any date from. Kept out of the page itself: at 100,000 statements it is megabytes.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(payloadQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  // One computation per version of the data (db/read-cache.ts), with an ETag. Not compressed here:
  // `next start` drops a route handler's Content-Encoding header but keeps the compressed body;
  // the front cache (scripts/server/response-cache.ts) stores it gzipped instead.
  const known = q.data.known ?? null;
  return handle(() => cachedResponse(request, `timeline-payload ${known ?? "now"}`, () => JSON.stringify(getTimelinePayload(getDb(), known)), { known }));
}
