/**
 * Which requests the server's front cache (scripts/server/response-cache.ts) may answer, and under which
 * key. Only anonymous GET/HEAD requests for the public views listed here, whose response depends
 * on nothing but the URL, the host, the day (pages default to today) and the encoding asked for: a request
 * with a cookie or an authorisation (an editor), or one of the router's own requests (RSC payloads
 * for client navigation, prefetches), always goes to Next.
 */
import type { IsoDate } from "./types";

/** Paths whose answer is the same for every anonymous reader of the same URL. */
export const FRONT_CACHED_PATHS: ReadonlySet<string> = new Set([
  "/",
  "/compare",
  "/api/v1/stances",
  "/api/v1/timeline",
  "/api/v1/timeline/payload",
  "/api/v1/categories",
]);

export type RequestHead = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

function personalOrRouterRequest(headers: RequestHead["headers"]): boolean {
  if (headers.cookie !== undefined || headers.authorization !== undefined || headers.rsc !== undefined) return true;
  return Object.keys(headers).some((h) => h.startsWith("next-") || h === "purpose" || h === "x-middleware-prefetch");
}

/** Whether the request's Accept-Encoding takes gzip (then a stored answer may be compressed). */
export function acceptsGzip(headers: RequestHead["headers"]): boolean {
  return /\bgzip\b/i.test(String(headers["accept-encoding"] ?? ""));
}

/** The cache key for a request, or null when it must not be answered from the front cache. */
export function frontCacheKey(req: RequestHead, today: IsoDate): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (!req.url || !req.url.startsWith("/")) return null;
  const url = new URL(req.url, "http://front-cache.invalid");
  if (!FRONT_CACHED_PATHS.has(url.pathname) || url.searchParams.has("_rsc")) return null;
  if (personalOrRouterRequest(req.headers)) return null;
  const encoding = acceptsGzip(req.headers) ? "gzip" : "identity";
  // The host is part of the key: without SITE_URL, a page's link-preview URLs name the host asked.
  const host = String(req.headers.host ?? "");
  return `${today} ${encoding} ${host} ${url.pathname}${url.search}`;
}
