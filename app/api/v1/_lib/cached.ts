/**
 * Responses for the public read API from the server's read cache (db/read-cache.ts): one
 * computation per version of the data however many readers ask, an ETag so that a reader or a
 * shared cache in front can revalidate for a 304, and `no-cache` semantics (store, but ask every
 * time) so that an edit is never hidden behind a max-age.
 */
import { getDb } from "@/db/client";
import { cachedRead } from "@/db/read-cache";
import { PUBLIC_VIEW_CACHE_CONTROL as CACHE_CONTROL } from "@/lib/http/cache-control";

export const JSON_TYPE = "application/json";

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}

/** The cached body for `key` (built by `build` on a miss) as a 200, or a 304 if the reader has it. */
export function cachedResponse(
  request: Request,
  key: string,
  build: () => string,
  { contentType = JSON_TYPE, headers = {} }: { contentType?: string; headers?: Record<string, string> } = {},
): Response {
  const { body, etag } = cachedRead(getDb(), key, build);
  const common = { etag, "cache-control": CACHE_CONTROL, ...headers };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { headers: { "content-type": contentType, ...common } });
}
