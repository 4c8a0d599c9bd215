// Old path, kept only for db/read-cache.ts and scripts/server/response-cache.ts, which are edited elsewhere during the lib/ reorganisation (issue 12).
// Delete this file once they import "@/lib/cache/lru-cache".
export * from "./cache/lru-cache";
