/**
 * The compare screen's URL state, `/compare?date=A&compare=B` (app/compare/page.tsx). Malformed
 * dates become notices (shown to the reader) and fall back to usable defaults, never an error page.
 * It used to be the dashboard's `/?view=compare&…`; those links now redirect here.
 */
import { parseIsoDate } from "../dates";
import type { IsoDate } from "../types";

type RawParams = Record<string, string | string[] | undefined>;

export type CompareParams = {
  /** The earlier reference date (`date`), as given; may be after `dateB`. */
  dateA: IsoDate;
  /** The date compared with it (`compare`). */
  dateB: IsoDate;
  notices: string[];
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The two dates: a missing or malformed `date` falls back to `defaults.dateA`, a missing or
 * malformed `compare` to `defaults.dateB`, each with a notice naming the bad value (a missing value
 * only gets a notice for `compare`, which has no natural default).
 */
export function readCompareParams(sp: RawParams, defaults: { dateA: IsoDate; dateB: IsoDate }): CompareParams {
  const notices: string[] = [];
  const read = (name: "date" | "compare", fallback: IsoDate): IsoDate => {
    const raw = first(sp[name]);
    if (raw === undefined || raw === "") {
      if (name === "compare") notices.push(`Choose a second date to compare with (compare=YYYY-MM-DD); showing ${fallback}.`);
      return fallback;
    }
    const parsed = parseIsoDate(raw);
    if (parsed) return parsed;
    notices.push(`"${name}=${raw}" is not a valid YYYY-MM-DD date; using ${fallback} instead.`);
    return fallback;
  };
  return { dateA: read("date", defaults.dateA), dateB: read("compare", defaults.dateB), notices };
}

/** The URL of the compare screen for two dates, keeping `known` when given. */
export function compareHref(dateA: IsoDate, dateB: IsoDate, known: string | null = null): string {
  const params = new URLSearchParams({ date: dateA, compare: dateB });
  if (known) params.set("known", known);
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
