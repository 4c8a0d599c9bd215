/**
 * Which requests the server's front cache (scripts/server/response-cache.ts) may answer, and under which
 * key. Only anonymous GET/HEAD requests for the public views listed here, whose response depends
 * on nothing but the URL, the public origin (host and scheme, as scripts/serve.ts has made them
 * trustworthy: see lib/http/public-origin.ts), the day (pages default to today) and the encoding
 * stored for the reader: a request with a cookie or an authorisation (an editor), or one of the
 * router's own requests (RSC payloads for client navigation, prefetches), always goes to Next.
 */
import Negotiator from "negotiator";
import type { IsoDate } from "../types";

/** Paths whose answer is the same for every anonymous reader of the same URL. */
export const FRONT_CACHED_PATHS: ReadonlySet<string> = new Set([
  "/",
  "/compare",
  "/api/v1/stances",
  "/api/v1/timeline",
  "/api/v1/timeline/payload",
  "/api/v1/categories",
  // The Atom feeds (app/feed.atom): read by every feed reader on a timer, keyed by their filters.
  "/feed.atom",
]);

export type RequestHead = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** Request headers whose presence sends a request to Next (a personal answer, or one for the router). */
function personalOrRouterHeader(name: string): boolean {
  return name === "cookie" || name === "authorization" || name === "rsc" || name.startsWith("next-") || name === "purpose" || name === "x-middleware-prefetch";
}

/** Whether a request is an editor's (cookie, authorisation) or one of the router's own: never a public view's. */
export function personalOrRouterRequest(headers: RequestHead["headers"]): boolean {
  return Object.keys(headers).some((h) => headers[h] !== undefined && personalOrRouterHeader(h));
}

/**
 * Whether an answer that says `Vary: name` can be replayed under this file's key: Accept-Encoding
 * picks the stored form (part of the key), and every keyed request lacks the personal and router
 * headers, so all readers of one entry agree on them too. Anything else (`*`, Accept-Language, ...)
 * would need a key the front does not build: such an answer is not stored.
 */
export function keyCoversVary(name: string): boolean {
  const h = name.trim().toLowerCase();
  return h === "accept-encoding" || personalOrRouterHeader(h);
}

/** The only two forms the front cache stores and replays. */
export type StoredEncoding = "gzip" | "identity";

/**
 * The stored form to give a reader, by its Accept-Encoding with q-values (negotiator): gzip when
 * it prefers gzip (or takes `*`), identity when it prefers that, null when it accepts neither (e.g.
 * `identity;q=0` alone, or `br` with `identity;q=0`). No header means identity.
 */
export function negotiatedEncoding(headers: RequestHead["headers"]): StoredEncoding | null {
  const value = headers["accept-encoding"];
  const accept = Array.isArray(value) ? value.join(", ") : value;
  // Equal q-values go by the order the reader listed them in (`*` means gzip).
  const chosen = new Negotiator({ headers: accept === undefined ? {} : { "accept-encoding": accept } }).encoding(["gzip", "identity"]);
  return chosen === "gzip" || chosen === "identity" ? chosen : null;
}

/** The path and query of a request the front cache may answer (whatever its encoding), or null. */
function cacheableTarget(req: RequestHead): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (!req.url || !req.url.startsWith("/") || req.url.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(req.url, "http://front-cache.invalid");
  } catch {
    return null; // not a path at all: Next (or the front's own 400) answers it
  }
  if (url.origin !== "http://front-cache.invalid") return null;
  if (!FRONT_CACHED_PATHS.has(url.pathname) || url.searchParams.has("_rsc")) return null;
  if (personalOrRouterRequest(req.headers)) return null;
  return `${url.pathname}${url.search}`;
}

/** Whether the front cache would answer this request but the reader accepts neither gzip nor identity (406). */
export function refusesStoredEncodings(req: RequestHead): boolean {
  return cacheableTarget(req) !== null && negotiatedEncoding(req.headers) === null;
}

/** The cache key for a request, or null when it must not be answered from the front cache. */
export function frontCacheKey(req: RequestHead, today: IsoDate): string | null {
  const target = cacheableTarget(req);
  const encoding = negotiatedEncoding(req.headers);
  if (target === null || encoding === null) return null;
  // The origin is part of the key: without SITE_URL, a page's link-preview URLs name the host and
  // scheme asked (Host and X-Forwarded-Proto, which the front has already made trustworthy).
  const host = String(req.headers.host ?? "");
  const proto = String(req.headers["x-forwarded-proto"] ?? "");
  return `${today} ${encoding} ${proto}://${host} ${target}`;
}
