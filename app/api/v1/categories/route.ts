import { getDb } from "@/db/client";
import { listCategories } from "@/db/queries/stances";
import { handle } from "../_lib/respond";

/** GET /api/v1/categories: the seven stance categories, strongest commitment first. */
export function GET() {
  return handle(() => Response.json({ categories: listCategories(getDb()) }));
}
