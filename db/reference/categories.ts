/** The stance categories: fixed reference data, seeded with the schema. */
import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../client";
import { stanceCategories } from "../schema";
import type { StanceCategory, StanceKey } from "@/lib/types";

/** The seven categories, strongest commitment first. */
export function listCategories(db: Db): StanceCategory[] {
  // The column is plain text in the schema; the seed writes only the seven StanceKeys.
  return db.select().from(stanceCategories).orderBy(asc(stanceCategories.rank)).all() as (Omit<StanceCategory, "key"> & { key: StanceKey })[];
}

/** Each stance key's label, as readers see it (for showing stored keys on admin screens and in diffs). */
export function stanceLabels(db: Db): Record<string, string> {
  return Object.fromEntries(listCategories(db).map((c) => [c.key, c.label]));
}
