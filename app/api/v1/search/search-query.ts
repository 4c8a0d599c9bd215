/**
 * The query GET /api/v1/search accepts (a file of its own: a route file may export only its
 * handlers, and the OpenAPI description documents the route from this very schema).
 */
import { z } from "zod";
import { MAX_SEARCH_LIMIT } from "@/db/search";
import { instantParam } from "@/lib/validation/query-params";

const positiveInt = (max: number) =>
  z.string().transform((s, ctx): number => {
    const n = /^[1-9]\d{0,15}$/.test(s) ? Number(s) : NaN;
    if (Number.isSafeInteger(n) && n <= max) return n;
    ctx.addIssue({ code: "custom", message: `expected a whole number from 1 to ${max}, got '${s.slice(0, 40)}'` });
    return z.NEVER;
  });

export const searchQuery = z.object({
  q: z.string().optional().meta({ description: "Words to find (each must occur; 3+ characters also match inside words)." }),
  known: instantParam.optional(),
  limit: positiveInt(MAX_SEARCH_LIMIT).optional(),
  before: positiveInt(Number.MAX_SAFE_INTEGER).optional(),
});
