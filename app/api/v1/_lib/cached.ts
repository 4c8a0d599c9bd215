/**
 * Responses for the public read API from the server's read cache (db/read-cache.ts): one
 * computation per version of the data however many readers ask, an ETag so that a reader or a
 * shared cache in front can revalidate for a 304, and the public views' Cache-Control
 * (lib/http/cache-control.ts: a short s-maxage for shared caches, browsers revalidate every time).
 * The ETag is the hash of the body (computed once per version of the data by the read cache), so it
 * is the same in every process and on every host. A request with a cookie or an Authorization (an
 * editor) is answered `private, no-store`: a shared cache never keeps what an editor was sent.
 */
import { getDb } from "@/db/client";
import { cachedRead } from "@/db/read-cache";
import { PUBLIC_VIEW_VARY, publicViewCacheControl } from "@/lib/http/cache-control";

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
  {
    contentType = JSON_TYPE,
    headers = {},
    known = null,
  }: {
    contentType?: string;
    headers?: Record<string, string>;
    /** The view's `known` instant (ms), null for a live view: a frozen one is answered as immutable. */
    known?: number | null;
  } = {},
): Response {
  const { body, etag } = cachedRead(getDb(), key, build);
  const common = { etag, "cache-control": publicViewCacheControl(request.headers, { path: new URL(request.url).pathname, known }), vary: PUBLIC_VIEW_VARY.join(", "), ...headers };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { headers: { "content-type": contentType, ...common } });
}
