import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { DEFAULT_SEARCH_LIMIT, searchStatements } from "@/db/search";
import { parseSearchQuery } from "@/lib/search/query";
import { toSearchResultJson } from "@/lib/search/results";
import { parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { searchQuery } from "./search-query";

/**
 * GET /api/v1/search?q=[&known=&limit=&before=]: published statements whose quote, translation,
 * speaker, note or sources contain every word of q, newest recorded first; `next` is the `before`
 * of the following page (null on the last).
 */
export function GET(request: NextRequest) {
  const p = parseQuery(searchQuery, request.nextUrl.searchParams);
  if (!p.ok) return jsonError(400, p.error);
  const parsed = parseSearchQuery(p.data.q);
  if (!parsed.ok) return jsonError(400, `q: ${parsed.error}`);
  const { terms } = parsed;
  const known = p.data.known ?? null;
  const limit = p.data.limit ?? DEFAULT_SEARCH_LIMIT;
  const before = p.data.before ?? null;
  // Keyed on what the answer depends on (the parsed terms, not the raw q), so spellings of one query share an entry.
  const key = `search?${JSON.stringify({ terms, known, limit, before })}`;
  return handle(() =>
    cachedResponse(request, key, () => {
      const page = searchStatements(getDb(), terms, { known, limit, before });
      return JSON.stringify({
        terms,
        known: known === null ? null : new Date(known).toISOString(),
        results: page.results.map((s) => toSearchResultJson(s, terms, known)),
        next: page.next,
      });
    }, { known }),
  );
}
