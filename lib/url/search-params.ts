/**
 * The dashboard's view state as URL search params: one parser set, shared by the server page (to
 * render the URL's view) and the client (nuqs hooks), so every view on screen is a link.
 *
 *   date     YYYY-MM-DD     the as-of date (absent: today)
 *   country  ISO3           the country whose panel is open
 *   stances  key,key        legend filter: categories shown (plus "none" = no stated position)
 *   view     map | table
 *   zoom, lat, lng          the map's view (absent: framed on Europe)
 *   known    ISO instant    show the data as it was known at that instant (absent: now)
 *   sort     col | -col     the table view's order (lib/timeline/master-table.ts; absent: by category)
 *   q        text           the table view's text filter
 *   official   1             official positions only (lib/claims/claim-view.ts)
 *   commitment level         only statements at that commitment level or firmer
 *   assume     no_<key>      the scenario: statements conditional on <key> count as undecided
 *   stale      DAYS | off    fade positions older than DAYS (default 180) on the map (lib/staleness/age.ts)
 *   group      eu | nato | summit:SLUG   only the group's members on the date (lib/groups/group-view.ts)
 *
 * A malformed value never breaks the page: `readViewParams` drops it and says so in a notice.
 */
import { createLoader, createParser, createSerializer, parseAsStringLiteral } from "nuqs/server";
import { parseInstant, parseIsoDate } from "../dates";
import { MASTER_COLUMNS, MAX_QUERY_LENGTH, parseSort, serializeSort, type MasterSort } from "../timeline/master-table";
import { COMMITMENT_LEVELS, STANCE_KEYS, type Commitment, type ConditionKey, type IsoDate, type StanceKey } from "../types";
import { ASSUMPTIONS, assumptionKey, assumptionOf, type ClaimView } from "../claims/claim-view";
import { MAX_STALE_DAYS, parseStale } from "../staleness/age";
import { GROUP_KEYS_HELP, parseGroupKey, type GroupKey } from "../groups/group-view";

/** A legend filter key: a category, or "none" for countries with no stated position. */
export type StanceFilterKey = StanceKey | "none";
export const STANCE_FILTER_KEYS: readonly StanceFilterKey[] = [...STANCE_KEYS, "none"];
export const VIEWS = ["map", "table"] as const;
export type DashboardView = (typeof VIEWS)[number];

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 10;
/** Where the map opens: Europe, where nearly every member of the coalition is. */
export const DEFAULT_MAP_VIEW = { zoom: 4, lat: 52, lng: 14 } as const;

const ISO3_RE = /^[A-Za-z]{3}$/;
const INTEGER_RE = /^-?\d+$/;
const DECIMAL_RE = /^-?\d{1,3}(\.\d{1,8})?$/;

function numberIn(min: number, max: number, re: RegExp) {
  return (s: string): number | null => {
    if (!re.test(s)) return null;
    const n = Number(s);
    return n >= min && n <= max ? n : null;
  };
}

const parseZoom = numberIn(MIN_ZOOM, MAX_ZOOM, INTEGER_RE);
const parseLat = numberIn(-85, 85, DECIMAL_RE);
// The map may be panned a little past the antimeridian (Russia and Fiji are drawn east of it).
const parseLng = numberIn(-360, 360, DECIMAL_RE);

/** The known filter keys named in `s`, deduplicated, in legend order; null when none is valid. */
export function parseStanceFilter(s: string): StanceFilterKey[] | null {
  const items = new Set(s.split(",").map((x) => x.trim()));
  const keys = STANCE_FILTER_KEYS.filter((k) => items.has(k));
  return keys.length > 0 ? keys : null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** The parsers, for `useQueryStates` on the client and the loader/serializer everywhere. */
export const viewParsers = {
  date: createParser<IsoDate>({ parse: parseIsoDate, serialize: (d) => d }),
  country: createParser<string>({ parse: (s) => (ISO3_RE.test(s) ? s.toUpperCase() : null), serialize: (s) => s }),
  stances: createParser<StanceFilterKey[]>({ parse: parseStanceFilter, serialize: (v) => v.join(","), eq: sameList }),
  view: parseAsStringLiteral(VIEWS).withDefault("map"),
  zoom: createParser<number>({ parse: parseZoom, serialize: (n) => String(Math.round(n)) }),
  lat: createParser<number>({ parse: parseLat, serialize: (n) => round(n, 4) }),
  lng: createParser<number>({ parse: parseLng, serialize: (n) => round(n, 4) }),
  known: createParser<number>({ parse: parseInstant, serialize: (ms) => new Date(ms).toISOString() }),
  sort: createParser<MasterSort>({ parse: parseSort, serialize: serializeSort, eq: (a, b) => a.key === b.key && a.desc === b.desc }),
  q: createParser<string>({ parse: (s) => (s.trim() === "" || s.length > MAX_QUERY_LENGTH ? null : s), serialize: (s) => s }),
  // "1" as an HTML checkbox sends it; "0" is accepted as off (and then left out of links).
  official: createParser<boolean>({ parse: (s) => (s === "1" ? true : s === "0" ? false : null), serialize: (b) => (b ? "1" : "0") }),
  commitment: parseAsStringLiteral(COMMITMENT_LEVELS),
  assume: createParser<ConditionKey>({ parse: assumptionKey, serialize: assumptionOf }),
  group: createParser<GroupKey>({ parse: parseGroupKey, serialize: (g) => g }),
  stale: createParser<number | false>({ parse: parseStale, serialize: (v) => (v === false ? "off" : String(v)) }),
};

export type ViewParams = {
  date: IsoDate | null;
  country: string | null;
  stances: StanceFilterKey[] | null;
  view: DashboardView;
  zoom: number | null;
  lat: number | null;
  lng: number | null;
  known: number | null;
  sort: MasterSort | null;
  q: string | null;
  official: boolean | null;
  commitment: Commitment | null;
  assume: ConditionKey | null;
  group: GroupKey | null;
  stale: number | false | null;
};

/** The claim filters and scenario of a view (absent = off). */
export function claimViewOf(p: Pick<ViewParams, "official" | "commitment" | "assume">): ClaimView {
  return { official: p.official === true, commitment: p.commitment, assume: p.assume };
}

export const loadViewParams = createLoader(viewParsers);
/** Builds `?date=...&...` (or a full URL, given a base) from view state; nulls are left out. */
export const serializeViewParams = createSerializer(viewParsers);

type RawParams = Record<string, string | string[] | undefined>;

/**
 * What each view parameter expects, in words: the dashboard's notices and the read API's 400s
 * (lib/validation/query-params.ts) both say it this way.
 */
export const EXPECTED: Readonly<Record<keyof ViewParams, string>> = {
  date: "a date written YYYY-MM-DD",
  country: "a three-letter ISO country code such as FRA",
  stances: `a comma-separated list of ${STANCE_FILTER_KEYS.join(", ")}`,
  view: "map or table",
  zoom: `a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}`,
  lat: "a latitude from -85 to 85",
  lng: "a longitude from -360 to 360",
  known: "an instant such as 2026-01-07T12:00:00Z (or a date)",
  sort: `a table column (${MASTER_COLUMNS.map((c) => c.key).join(", ")}), with a leading - for descending`,
  q: `a filter text of at most ${MAX_QUERY_LENGTH} characters`,
  official: "1 (official positions only) or 0",
  commitment: `one of ${COMMITMENT_LEVELS.join(", ")}`,
  assume: `one of ${ASSUMPTIONS.join(", ")}`,
  group: GROUP_KEYS_HELP,
  stale: `a whole number of days from 1 to ${MAX_STALE_DAYS}, or off`,
};
const FALLBACK: Record<keyof ViewParams, string> = {
  date: "showing today",
  country: "no country panel is open",
  stances: "showing every category",
  view: "showing the map",
  zoom: "showing the default map view",
  lat: "showing the default map view",
  lng: "showing the default map view",
  known: "showing the data as known now",
  sort: "sorted by category",
  q: "showing every row",
  official: "counting every statement",
  commitment: "counting every commitment level",
  assume: "no scenario applied",
  group: "showing every country",
  stale: "fading positions older than 180 days",
};
// Added by link shorteners and social networks; ignoring them silently is what a reader expects.
const TRACKING_RE = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/i;

/**
 * The notice for a parameter a page does not know (the dashboard's, and the compare screen's):
 * null for a tracking parameter, which a reader expects to be ignored silently.
 */
export function unknownParameterNotice(key: string): string | null {
  return TRACKING_RE.test(key) ? null : `Ignored the unknown parameter "${shown(key)}".`;
}

/** The notice for a view parameter with a malformed value: what was expected, and what is shown instead. */
export function invalidParameterNotice(k: keyof ViewParams, value: string): string {
  return `Ignored ${k}="${shown(value)}": expected ${EXPECTED[k]}; ${FALLBACK[k]}.`;
}

/** A reader's value as quoted back in a notice or an error (long values cut at 40 characters). */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function firstValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Reads the view from raw search params. Each malformed value is dropped (the view falls back to
 * its default) and produces a notice naming the parameter and what was expected; unknown
 * parameters are ignored with a notice. Never throws.
 */
export function readViewParams(raw: RawParams): { params: ViewParams; notices: string[] } {
  const notices: string[] = [];
  // No prototype: keys such as "__proto__" or "toString" are just unknown keys here.
  const firsts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, v] of Object.entries(raw)) {
    const value = firstValue(v);
    if (value !== undefined && value !== "") firsts[key] = value;
  }
  const params: ViewParams = loadViewParams(firsts);
  for (const key of Object.keys(firsts)) {
    const value = firsts[key]!;
    if (!Object.hasOwn(EXPECTED, key)) {
      const notice = unknownParameterNotice(key);
      if (notice) notices.push(notice);
      continue;
    }
    const k = key as keyof ViewParams;
    if (k === "view" ? value !== params.view : params[k] === null) {
      notices.push(invalidParameterNotice(k, value));
    } else if (k === "stances") {
      const ignored = value.split(",").filter((x) => !STANCE_FILTER_KEYS.includes(x.trim() as StanceFilterKey));
      if (ignored.length > 0) notices.push(`Ignored unknown categories in stances: ${ignored.map((x) => `"${shown(x)}"`).join(", ")}.`);
    }
  }
  if ((params.lat === null) !== (params.lng === null)) {
    notices.push(`Ignored ${params.lat === null ? "lng" : "lat"}: lat and lng only make sense together; showing the default map view.`);
    params.lat = null;
    params.lng = null;
  }
  return { params, notices };
}
