import "server-only";
import { createHash } from "node:crypto";
import { LruCache } from "@/lib/cache/lru-cache";
import type { Db } from "./client";
import { dataVersion } from "./data-version";

/** A serialised read result and its validator (a hash of the bytes, stable across restarts). */
export type CachedBody = { body: string; etag: string };

type State = { db: Db | null; version: string; entries: LruCache<CachedBody> };

// Bounds: 500 answers and 64 Mi characters in all (a stances answer for 250 countries is ~100 k).
const MAX_ENTRIES = 500;
const MAX_CHARS = 64 * 1024 * 1024;

// On globalThis so development hot reloads keep one cache, like the connection in client.ts.
const g = globalThis as unknown as { trackerReadCache?: State };

function state(): State {
  g.trackerReadCache ??= { db: null, version: "", entries: new LruCache(MAX_ENTRIES, MAX_CHARS, (e) => e.body.length) };
  return g.trackerReadCache;
}

/**
 * The body for `key`, computed by `build` at most once per version of the data. Every call first
 * reads the data version (a few microseconds, see data-version.ts) and drops the whole cache if
 * anything was written since, by this server or any other process: an edit is visible to the very
 * next request, with no timer and no invalidation call to forget.
 */
export function cachedRead(db: Db, key: string, build: () => string): CachedBody {
  const s = state();
  const version = dataVersion(db);
  if (s.db !== db || s.version !== version) {
    s.entries.clear();
    s.db = db;
    s.version = version;
  }
  const hit = s.entries.get(key);
  if (hit) return hit;
  const body = build();
  const entry = { body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"` };
  s.entries.set(key, entry);
  return entry;
}
