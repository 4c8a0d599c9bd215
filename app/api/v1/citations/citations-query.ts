/**
 * The query GET /api/v1/citations (the citation bundle) accepts: the view's date, known, claim
 * filters and group (the same parameters and checks as /api/v1/stances), optionally one country
 * or one statement, and the format.
 */
import { z } from "zod";
import { asOfQuery, claimQuery, groupQuery } from "@/lib/validation/query-params";

export const BUNDLE_FORMATS = ["csv", "bibtex", "csl"] as const;

const statementId = z.string().transform((s, ctx): number => {
  const n = /^[1-9]\d{0,15}$/.test(s) ? Number(s) : NaN;
  if (Number.isSafeInteger(n)) return n;
  ctx.addIssue({ code: "custom", message: `expected a statement id (a positive whole number), got '${s.slice(0, 40)}'` });
  return z.NEVER;
});

export const citationsQuery = z.object({
  ...asOfQuery.shape,
  ...claimQuery.shape,
  ...groupQuery.shape,
  statement: statementId.optional().meta({ description: "Only this statement's sources (its version at `known`)." }),
  format: z.enum(BUNDLE_FORMATS).optional().meta({ description: "csv (default), bibtex or csl (CSL-JSON)." }),
});
