import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { cachedResponse } from "../_lib/cached";
import { handle } from "../_lib/respond";

/** GET /api/v1/categories: the seven stance categories, strongest commitment first. */
export function GET(request: Request) {
  return handle(() => cachedResponse(request, "categories", () => JSON.stringify({ categories: listCategories(getDb()) })));
}
