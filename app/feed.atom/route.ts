import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { readFeed } from "@/db/feed/read";
import { listCategories } from "@/db/reference";
import { getCountry } from "@/lib/countries";
import { ATOM_TYPE, atomFeed } from "@/lib/feed/atom";
import { feedQuery, feedSearch } from "@/lib/feed/feed-query";
import { publicOrigin } from "@/lib/http/public-origin";
import { parseQuery } from "@/lib/validation/query-params";
import type { StanceKey } from "@/lib/types";
import { cachedResponse } from "../api/v1/_lib/cached";
import { handle } from "../api/v1/_lib/respond";

/** A feed reader shows the body of an error as text: a plain sentence, not JSON. */
function plainError(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * GET /feed.atom[?country=ISO3&stance=a,b&commitment=level]: the position changes and retractions
 * as Atom (lib/feed). Served from the read cache like the read API (one body per filter, origin and
 * version of the data, with an ETag); the origin is in the key because ids and links are absolute.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(feedQuery, request.nextUrl.searchParams);
  if (!q.ok) return plainError(400, q.error);
  const filter = q.data;
  const country = filter.country ? getCountry(filter.country) : undefined;
  if (filter.country && !country) return plainError(404, `country: no ISO 3166-1 country with code '${filter.country}'`);
  const origin = publicOrigin({ siteUrl: process.env.SITE_URL, host: request.headers.get("host"), proto: request.headers.get("x-forwarded-proto") });
  if (origin === null) return plainError(400, "The request has no valid Host, so the feed's links cannot be written; set SITE_URL.");
  const self = `/feed.atom${feedSearch(filter)}`;
  return handle(() =>
    cachedResponse(
      request,
      `feed ${origin}${self}`,
      () => {
        const db = getDb();
        const { entries, updated } = readFeed(db, filter);
        const labels = Object.fromEntries(listCategories(db).map((c) => [c.key, c.label])) as Record<StanceKey, string>;
        const title = `Coalition Tracker: position changes${country ? ` of ${country.name}` : ""}`;
        return atomFeed(entries, { origin, self, title, labels, updated });
      },
      { contentType: ATOM_TYPE, known: filter.known ?? null },
    ),
  );
}
