/**
 * What the public views say about caching (docs/caching.md): any cache may store them; a shared
 * cache (a CDN, nginx in deploy/) may reuse one for S_MAXAGE seconds and, while it refreshes it in
 * the background, for STALE_WHILE_REVALIDATE more; a browser revalidates every time (max-age=0)
 * with the ETag, which is built from the dataset revision (lib/http/revision-etag.ts). Anything
 * answered to a request with a cookie or an Authorization (an editor) is `private, no-store`.
 */
import { FRONT_CACHED_PATHS } from "./response-cache-key";
import { EMBED_PATHS } from "./security-headers";
import { parseInstant } from "../dates";

/**
 * How long a shared cache may reuse a public view without asking: the bound on how late an edit
 * reaches a reader behind one (docs/scaling.md). Ten seconds turns a crawler's or a shared link's
 * thousands of requests into one per ten seconds per URL and host, and is short enough that an
 * editor checking the public page after a save sees it almost at once.
 */
export const PUBLIC_S_MAXAGE_SECONDS = 10;
/** A minute more in which a stale copy may be served while one request refreshes it (or while the app is down). */
export const PUBLIC_STALE_WHILE_REVALIDATE_SECONDS = 60;

export const PUBLIC_VIEW_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_S_MAXAGE_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE_SECONDS}`;

/** Answers to an editor (a cookie or an Authorization in the request), and admin pages. */
export const PERSONAL_CACHE_CONTROL = "private, no-store";

/**
 * What the public views vary on besides the URL: the stored form (Accept-Encoding), and whether
 * the request is personal. An editor's requests carry a cookie, so a shared cache that honours
 * Vary keeps the reader's copy apart from anything an editor is answered (which is `private,
 * no-store` anyway and never stored): no cached reader page goes to an editor.
 */
export const PUBLIC_VIEW_VARY = ["Accept-Encoding", "Cookie", "Authorization"] as const;

/** Request headers that make a request personal (an editor's): its answer is never public. */
export const PERSONAL_REQUEST_HEADERS = ["cookie", "authorization"] as const;

/**
 * A view frozen at a past `known` instant can never change: statements, sources and events are all
 * read as known then (their versions are never rewritten), so any cache may keep it for good.
 */
export const FROZEN_VIEW_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * How far before the request `known` must be for the view to count as frozen. A writer stamps a
 * version with its clock inside its transaction, and the transaction commits later: after waiting
 * for another writer (busy_timeout, 5 s in db/client.ts) and its own work. A read at a `known` just
 * before now could run before such a version, recorded at or before `known`, is committed, and so
 * miss it; a minute is far more than any write takes (and than the clocks of two hosts differ).
 */
export const FROZEN_KNOWN_MARGIN_MS = 60_000;

/** Whether a view as known at `known` (ms; null = now) is frozen for a request answered at `now`. */
export function isFrozenKnown(known: number | null, now: number = Date.now()): boolean {
  return known !== null && known < now - FROZEN_KNOWN_MARGIN_MS;
}

/**
 * Views whose answer changes with the day even at a past `known`: a citation of a frozen view
 * still carries today's access date (app/api/v1/citation), so it is never immutable.
 */
export const CLOCK_BOUND_PATHS: readonly string[] = ["/api/v1/citation"];

/**
 * The `known` instant a request target (path and query) names, as the pages read it (the first
 * `known`, parsed like lib/url/search-params.ts), or null when it names none or a malformed one.
 */
export function knownOfTarget(target: string): number | null {
  const q = target.indexOf("?");
  if (q < 0) return null;
  const value = new URLSearchParams(target.slice(q + 1)).get("known");
  return value ? parseInstant(value) : null;
}

/** A view as the caching rule sees it: its path (when known) and its `known` instant (ms; null = now). */
export type ReaderView = { path?: string | null; known: number | null };

/**
 * The Cache-Control of a reader's (anonymous) answer to a view, given as a request target (path and
 * query) or as its path and `known`: FROZEN_VIEW_CACHE_CONTROL once `known` is past (isFrozenKnown)
 * and the view does not follow the clock (CLOCK_BOUND_PATHS), else PUBLIC_VIEW_CACHE_CONTROL.
 */
export function readerCacheControl(view: string | ReaderView, now: number = Date.now()): string {
  const { path, known } = typeof view === "string" ? { path: view.split("?", 1)[0], known: knownOfTarget(view) } : view;
  const frozen = isFrozenKnown(known, now) && !(path != null && CLOCK_BOUND_PATHS.includes(path));
  return frozen ? FROZEN_VIEW_CACHE_CONTROL : PUBLIC_VIEW_CACHE_CONTROL;
}

/** Whether a request carrying these headers must get PERSONAL_CACHE_CONTROL. */
export function isPersonalRequest(headers: { has(name: string): boolean }): boolean {
  return PERSONAL_REQUEST_HEADERS.some((h) => headers.has(h));
}

/**
 * The Cache-Control of a public view's answer to a request with these headers, for the view as
 * known at `known` (null: now; or the view's path and known): PERSONAL_CACHE_CONTROL for an editor,
 * else readerCacheControl's.
 */
export function publicViewCacheControl(headers: { has(name: string): boolean }, known: number | null | ReaderView = null, now: number = Date.now()): string {
  if (isPersonalRequest(headers)) return PERSONAL_CACHE_CONTROL;
  return readerCacheControl(known !== null && typeof known === "object" ? known : { known }, now);
}

/**
 * The public pages (Next's path patterns). Every GET view a reader can open; /admin is never one.
 * FRONT_CACHED_PATHS' pages are among them.
 */
export const PUBLIC_PAGE_SOURCES: readonly string[] = [
  ...new Set([
    ...[...FRONT_CACHED_PATHS].filter((p) => !p.startsWith("/api/")),
    "/countries",
    "/countries/:iso3",
    "/events",
    "/events/:slug",
    "/methodology",
    "/search",
    // The API reference page (app/api/page.tsx); the API routes under /api/v1 set their own headers.
    "/api",
    "/sources",
    "/sources/:id",
    "/statements/:id",
    // The embeddable map and charts (app/embed), framed on other sites: cached like the dashboard.
    ...EMBED_PATHS,
  ]),
];

/** One rule of next.config.ts `headers()` (the shape Next expects, spelled out to keep lib/ free of Next). */
export type HeaderRule = {
  source: string;
  missing?: { type: "header"; key: string }[];
  has?: { type: "header"; key: string }[];
  headers: { key: string; value: string }[];
};

/**
 * The Cache-Control of the public pages, for anonymous readers. Next itself would send `private,
 * no-cache, no-store` for a dynamic page (and keeps a Cache-Control that a header rule has set);
 * a request with a cookie or an authorisation (an editor), one of the router's own (RSC
 * payloads, prefetches), or a form post, keeps Next's. The read API routes and /og set the same value on their own
 * answers (app/api/v1/_lib/cached.ts).
 */
export function publicPageCacheRules(): HeaderRule[] {
  // A form post (the public "Suggest a correction": Content-Type without JavaScript, Next-Action
  // with) is answered with that visitor's own result: never a shared cache's to keep.
  const personal = [...PERSONAL_REQUEST_HEADERS, "rsc", "next-router-prefetch", "next-router-state-tree", "purpose", "next-action", "content-type"];
  return PUBLIC_PAGE_SOURCES.map((source) => ({
    source,
    missing: personal.map((key) => ({ type: "header" as const, key })),
    headers: [{ key: "Cache-Control", value: PUBLIC_VIEW_CACHE_CONTROL }],
  }));
}

/**
 * Admin pages are an editor's own: `private, no-store` whoever asks (a signed-out visitor is sent
 * to the sign-in page, and that redirect must not be kept by a shared cache either).
 */
export function adminCacheRules(): HeaderRule[] {
  return ["/admin", "/admin/:path*"].map((source) => ({ source, headers: [{ key: "Cache-Control", value: PERSONAL_CACHE_CONTROL }] }));
}
