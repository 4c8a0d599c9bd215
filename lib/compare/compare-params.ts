/**
 * The compare screen's URL state, `/compare?date=A&compare=B` (app/compare/page.tsx). Malformed
 * dates become notices (shown to the reader) and fall back to usable defaults, never an error page.
 * It used to be the dashboard's `/?view=compare&…`; those links now redirect here.
 */
import { parseIsoDate } from "../dates";
import type { IsoDate } from "../types";
import { futureDateNotice } from "../format/date-notices";
import { parseGroupKey, type GroupKey } from "../groups/group-view";
import { parseStale } from "../staleness/age";
import { invalidParameterNotice, unknownParameterNotice } from "../url/search-params";

type RawParams = Record<string, string | string[] | undefined>;

export type CompareParams = {
  /** The earlier reference date (`date`), as given; may be after `dateB`. */
  dateA: IsoDate;
  /** The date compared with it (`compare`). */
  dateB: IsoDate;
  /** The dashboard's `group=` and `stale=`, followed here (a summit's slug is checked by the page). */
  group: GroupKey | null;
  stale: number | false | null;
  notices: string[];
};

/** The parameters the compare screen reads (`known` is read by the page); any other is named in a notice. */
const COMPARE_PARAMS = new Set(["date", "compare", "known", "group", "stale"]);

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The two dates, the group and the stale threshold. A missing date falls back to its default
 * silently (the nav's plain /compare opens on the previous summit and today); a malformed one falls
 * back with a notice naming the bad value, as does a malformed group= or stale=; a date after
 * `today` gets the dashboard's future-date notice; unknown parameters are named with the
 * dashboard's notice (lib/url/search-params.ts).
 */
export function readCompareParams(sp: RawParams, defaults: { dateA: IsoDate; dateB: IsoDate }, today: IsoDate | null = null): CompareParams {
  const notices: string[] = [];
  for (const key of Object.keys(sp)) {
    if (COMPARE_PARAMS.has(key) || first(sp[key]) === undefined) continue;
    const notice = unknownParameterNotice(key);
    if (notice) notices.push(notice);
  }
  const read = (name: "date" | "compare", fallback: IsoDate): IsoDate => {
    const raw = first(sp[name]);
    if (raw === undefined || raw === "") return fallback;
    const parsed = parseIsoDate(raw);
    if (parsed) {
      if (today !== null && parsed > today) notices.push(futureDateNotice(parsed, today));
      return parsed;
    }
    notices.push(`"${name}=${raw}" is not a valid YYYY-MM-DD date; using ${fallback} instead.`);
    return fallback;
  };
  const dateA = read("date", defaults.dateA);
  const dateB = read("compare", defaults.dateB);
  const rawGroup = first(sp.group);
  const group = rawGroup ? parseGroupKey(rawGroup) : null;
  if (rawGroup && group === null) notices.push(invalidParameterNotice("group", rawGroup));
  const rawStale = first(sp.stale);
  const stale = rawStale ? parseStale(rawStale) : null;
  if (rawStale && stale === null) notices.push(invalidParameterNotice("stale", rawStale));
  return { dateA, dateB, group, stale, notices };
}

/** The default first date: the latest summit held before today, else the first statement's date, else today. */
export function defaultFirstDate(summitDates: readonly IsoDate[], firstStatement: IsoDate | null, today: IsoDate): IsoDate {
  const before = summitDates.filter((d) => d < today).sort();
  return before.at(-1) ?? firstStatement ?? today;
}

/** The URL of the compare screen for two dates, keeping `known` and the view's other parameters (group=, stale=) when given. */
export function compareHref(dateA: IsoDate, dateB: IsoDate, known: string | null = null, rest: Record<string, string> = {}): string {
  const params = new URLSearchParams({ date: dateA, compare: dateB });
  if (known) params.set("known", known);
  for (const [k, v] of Object.entries(rest)) params.set(k, v);
  return `/compare?${params.toString()}`;
}

/** Whether the dashboard's search params are an old compare link (`/?view=compare&…`). */
export function isCompareView(sp: RawParams): boolean {
  return first(sp.view) === "compare";
}

/**
 * Where an old `/?view=compare&…` link leads now: `/compare` with every parameter but `view`, in
 * their order, repeated ones included, so a shared link keeps its dates and `known`.
 */
export function compareRedirectHref(sp: RawParams): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(sp)) {
    if (name === "view" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  const query = params.toString();
  return query ? `/compare?${query}` : "/compare";
}
