import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After any change, every public view must show it at once (docs/caching.md). On the server that
 * needs no call: no page uses Next's data cache or is prerendered from the data (every public page
 * is dynamic: `next build` lists them as ƒ), and the two caches that do exist, the front cache
 * (scripts/server/response-cache.ts) and the read cache (db/read-cache.ts), drop their entries
 * when SQLite's data_version moves, whoever wrote. So there are no cache tags to expire.
 *
 * What revalidatePath still buys, in a server action only: the action's answer tells the editor's
 * browser to drop its client-side Router Cache (pages it prefetched or visited, back/forward) and
 * carries the current page rendered again, so the editor sees the edit without a reload. A route
 * handler's answer goes to an API client with no router, so there it would buy nothing.
 */
export function revalidatePublicViews(from: "action" | "route" = "action"): void {
  if (from === "action") revalidatePath("/", "layout");
}
