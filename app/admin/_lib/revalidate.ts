import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { TRACKER_DATA_TAG } from "@/lib/cache/cache-tags";

/**
 * After any change, every public view must show it at once: the dashboard, country pages,
 * statement permalinks, sources, summits, timelines and exports all derive from the same tables,
 * so the whole tree is revalidated (edits are rare; reads are cached between them). Public pages
 * that cache data under TRACKER_DATA_TAG are expired as well.
 *
 * `from` says where the call comes from: server actions can expire tags immediately (updateTag);
 * route handlers use revalidateTag with no stale window.
 */
export function revalidatePublicViews(from: "action" | "route" = "action"): void {
  revalidatePath("/", "layout");
  if (from === "action") updateTag(TRACKER_DATA_TAG);
  else revalidateTag(TRACKER_DATA_TAG, { expire: 0 });
}
