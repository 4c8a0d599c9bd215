/**
 * What the public views say about caching (docs/caching.md). Any cache may store them, but must
 * check before every reuse: an edit is never hidden behind a max-age. The front cache checks
 * against the data version (lib/http/front-cache-policy.ts); a browser or proxy with the ETag.
 * Issue 16 replaces this with s-maxage / stale-while-revalidate and a dataset-revision ETag.
 */
import { FRONT_CACHED_PATHS } from "./response-cache-key";

export const PUBLIC_VIEW_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** One rule of next.config.ts `headers()` (the shape Next expects, spelled out to keep lib/ free of Next). */
export type HeaderRule = {
  source: string;
  missing?: { type: "header"; key: string }[];
  headers: { key: string; value: string }[];
};

/**
 * The Cache-Control of the public pages among FRONT_CACHED_PATHS, for anonymous readers. Next
 * itself would send `private, no-cache, no-store` for a dynamic page (and keeps a Cache-Control
 * that a header rule has set); a request with a cookie or an authorisation (an editor), or one of
 * the router's own (RSC payloads, prefetches), keeps Next's. The read API routes set the same value
 * on their own answers (app/api/v1/_lib/cached.ts).
 */
export function publicPageCacheRules(): HeaderRule[] {
  const personal = ["cookie", "authorization", "rsc", "next-router-prefetch", "next-router-state-tree", "purpose"];
  return [...FRONT_CACHED_PATHS]
    .filter((p) => !p.startsWith("/api/"))
    .map((source) => ({
      source,
      missing: personal.map((key) => ({ type: "header" as const, key })),
      headers: [{ key: "Cache-Control", value: PUBLIC_VIEW_CACHE_CONTROL }],
    }));
}
