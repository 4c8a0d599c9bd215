import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { getStancesAsOf } from "@/db/statements";
import { countStances } from "@/lib/timeline/timeline";
import type { IsoDate } from "@/lib/types";

/**
 * The categories, every country's deciding statement on `date` as known at `known` and the count
 * per category, read once per request: the home page's metadata and the page itself (which hands
 * them to its charts) both need them, and at
 * 100,000 statements the as-of query is the costly part of a render. React's `cache` keys on the
 * arguments (two primitives) and lasts one server request.
 */
export const readAsOf = cache((date: IsoDate, known: number | null) => {
  const db = getDb();
  const asOf = getStancesAsOf(db, date, known);
  return { categories: listCategories(db), asOf, counts: countStances(asOf) };
});
