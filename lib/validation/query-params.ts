/**
 * Query parameters of the read API. Each error names the parameter and echoes the value, e.g.
 * "date: expected YYYY-MM-DD, got '2025-13-01'", so that an outside client can fix its request.
 */
import { z } from "zod";
import { parseInstant, parseIsoDate } from "../dates";
import type { Commitment, ConditionKey, IsoDate } from "../types";
import { assumptionKey, type ClaimView } from "../claims/claim-view";
import { parseGroupKey, type GroupKey } from "../groups/group-view";
import { parseStale } from "../staleness/age";
import { EXPECTED, shown, viewParsers } from "../url/search-params";

/** A strict, existing `YYYY-MM-DD` date. */
export const isoDateParam = z.string().transform((s, ctx): IsoDate => {
  const date = parseIsoDate(s);
  if (date) return date;
  ctx.addIssue({ code: "custom", message: `expected YYYY-MM-DD, got '${s}'` });
  return z.NEVER;
});

/** An ISO-8601 instant with zone, or a bare date meaning the end of that UTC day; to epoch ms. */
export const instantParam = z.string().transform((s, ctx): number => {
  const ms = parseInstant(s);
  if (ms !== null) return ms;
  ctx.addIssue({ code: "custom", message: `expected an ISO-8601 instant (e.g. 2026-01-07T12:00:00Z) or YYYY-MM-DD, got '${s}'` });
  return z.NEVER;
});

/** An ISO 3166-1 alpha-3 code; accepted in any case, returned upper-cased. Existence is not checked. */
export const iso3Param = z.string().transform((s, ctx): string => {
  if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
  ctx.addIssue({ code: "custom", message: `expected a 3-letter ISO country code, got '${s}'` });
  return z.NEVER;
});

/** `?date=&known=&country=`: the map and list as of a date, as known at an instant. */
export const asOfQuery = z.object({
  date: isoDateParam.optional(),
  known: instantParam.optional(),
  country: iso3Param.optional(),
});

/** `?from=&to=`: a date range, both ends inclusive and optional, `from` not after `to`. */
export const rangeQuery = z
  .object({ from: isoDateParam.optional(), to: isoDateParam.optional(), country: iso3Param.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "must not be after to",
    path: ["from"],
  });

export type QueryResult<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Parses URL search params with an object schema. Each parameter's first value is used; empty
 * values (`?date=`) count as absent, since HTML forms submit empty fields that way; parameters the
 * schema does not name are ignored. Errors are "name: message", several joined with "; ".
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): QueryResult<z.output<S>> {
  // A Map, not an object literal, so that keys like "__proto__" are just keys.
  const first = new Map<string, string>();
  for (const [key, value] of params) if (value !== "" && !first.has(key)) first.set(key, value);
  const result = schema.safeParse(Object.fromEntries(first));
  if (result.success) return { ok: true, data: result.data };
  const error = result.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
  return { ok: false, error };
}

/**
 * A view parameter as the read API takes it: read by the dashboard's own parser, refused in the
 * dashboard's own words for what it expects (lib/url/search-params.ts), so the two cannot drift.
 */
function viewParam<T>(parse: (s: string) => T | null, expected: string) {
  return z
    .string()
    .transform((s, ctx): T => {
      const value = parse(s);
      if (value !== null) return value;
      ctx.addIssue({ code: "custom", message: `expected ${expected}, got '${shown(s)}'` });
      return z.NEVER;
    })
    .optional();
}

/**
 * `?official=1&commitment=pledged&assume=no_us_backstop`: the view's claim filters and scenario
 * (lib/claims/claim-view.ts), the same parameters as the dashboard's URL.
 */
export const claimQuery = z.object({
  official: viewParam((s) => viewParsers.official.parse(s), EXPECTED.official),
  commitment: viewParam<Commitment>((s) => viewParsers.commitment.parse(s), EXPECTED.commitment),
  assume: viewParam<ConditionKey>(assumptionKey, EXPECTED.assume),
});

/** `?group=eu|nato|summit:SLUG`: the view's group (lib/groups/group-view.ts); a summit's slug is checked by the route. */
export const groupQuery = z.object({ group: viewParam<GroupKey>(parseGroupKey, EXPECTED.group) });

/** `?stale=DAYS|off`: the staleness threshold (lib/staleness/age.ts; absent: the default, 180 days). */
export const staleQuery = z.object({ stale: viewParam<number | false>(parseStale, EXPECTED.stale) });

/** The ClaimView of a parsed claimQuery (absent = off). */
export function claimViewOfQuery(q: z.output<typeof claimQuery>): ClaimView {
  return { official: q.official === true, commitment: q.commitment ?? null, assume: q.assume ?? null };
}

/** The claim view as a cache-key suffix (`&official=1&commitment=&assume=`): every setting is part of the key. */
export function claimViewKey(v: ClaimView): string {
  return `&official=${v.official ? 1 : 0}&commitment=${v.commitment ?? ""}&assume=${v.assume ?? ""}`;
}
