/**
 * The filters of the Atom feeds (`/feed.atom?country=&stance=&commitment=`). Each error names the
 * parameter and echoes the value, like the read API's (lib/validation/query-params.ts).
 */
import { z } from "zod";
import { instantParam, iso3Param } from "../validation/query-params";
import { COMMITMENT_LEVELS, STANCE_KEYS, type Commitment, type StanceKey } from "../types";

/** `stance=troops,naval`: one or more category keys, comma-separated. */
const stanceList = z.string().transform((s, ctx): StanceKey[] => {
  const keys = s.split(",").map((k) => k.trim());
  const unknown = keys.filter((k) => !(STANCE_KEYS as readonly string[]).includes(k));
  if (unknown.length === 0) return [...new Set(keys)] as StanceKey[];
  ctx.addIssue({ code: "custom", message: `unknown category '${unknown[0]}' (expected one or more of ${STANCE_KEYS.join(", ")}, comma-separated)` });
  return z.NEVER;
});

/** `commitment=pledged`: that level or a firmer one (COMMITMENT_LEVELS is weakest first). */
const commitmentParam = z.string().transform((s, ctx): Commitment => {
  if ((COMMITMENT_LEVELS as readonly string[]).includes(s)) return s as Commitment;
  ctx.addIssue({ code: "custom", message: `unknown commitment '${s}' (expected one of ${COMMITMENT_LEVELS.join(", ")}; the feed keeps that level and firmer ones)` });
  return z.NEVER;
});

export const feedQuery = z.object({
  country: iso3Param.optional().meta({ description: "ISO 3166-1 alpha-3 code: only this country's entries (the country page links this feed)." }),
  stance: stanceList.optional().meta({ description: `Only entries whose category is one of these (comma-separated): ${STANCE_KEYS.join(", ")}. A change matches on the category it changed to, a retraction on the retracted statement's.` }),
  commitment: commitmentParam.optional().meta({ description: `Only entries whose statement is at least this firm (weakest first: ${COMMITMENT_LEVELS.join(" < ")}); statements without a commitment are left out.` }),
  known: instantParam.optional().meta({ description: "The feed as the data stood at this instant (statements and their sources as known then); absent: now." }),
});

/** `known` (ms) reads the feed as the data stood then; absent, now. */
export type FeedFilter = { country?: string; stance?: StanceKey[]; commitment?: Commitment; known?: number };

/** Whether a statement with these values passes the filter. */
export function passesFilter(f: FeedFilter, s: { countryIso3: string; stance: StanceKey; commitment: Commitment | null }): boolean {
  if (f.country !== undefined && s.countryIso3 !== f.country) return false;
  if (f.stance !== undefined && !f.stance.includes(s.stance)) return false;
  if (f.commitment !== undefined && (s.commitment === null || COMMITMENT_LEVELS.indexOf(s.commitment) < COMMITMENT_LEVELS.indexOf(f.commitment))) return false;
  return true;
}

/** The canonical query string of a filter (stable order), for cache keys and the feed's self link. */
export function feedSearch(f: FeedFilter): string {
  const p = new URLSearchParams();
  if (f.country) p.set("country", f.country);
  if (f.stance) p.set("stance", f.stance.join(","));
  if (f.commitment) p.set("commitment", f.commitment);
  if (f.known !== undefined) p.set("known", new Date(f.known).toISOString());
  const s = p.toString();
  return s === "" ? "" : `?${s}`;
}
