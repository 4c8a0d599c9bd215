import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getStancesAsOf } from "@/db/queries/stances";
import { todayIso } from "@/lib/dates";
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
        countries: getStancesAsOf(getDb(), date, known).map((s) => ({
          iso3: s.countryIso3,
          name: s.countryName,
          stance: s.stance,
          statementId: s.id,
          statedOn: s.statedOn,
          statedOnPrecision: s.statedOnPrecision,
          contributions: s.contributions,
          quote: s.quote,
          source: { title: s.source.title, publisher: s.source.publisher, url: s.source.url, publishedOn: s.source.publishedOn },
        })),
      }),
    ),
  );
}
