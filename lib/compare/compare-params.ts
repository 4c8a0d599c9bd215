/**
 * Reads `view=compare&date=A&compare=B` from a page's search params. Malformed dates become
 * notices (shown to the reader) and fall back to usable defaults, never an error page.
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
 * Null unless `view=compare`. Otherwise the two dates: a missing or malformed `date` falls back to
 * `defaults.dateA`, a missing or malformed `compare` to `defaults.dateB`, each with a notice naming
 * the bad value (a missing value only gets a notice for `compare`, which has no natural default).
 */
export function readCompareParams(sp: RawParams, defaults: { dateA: IsoDate; dateB: IsoDate }): CompareParams | null {
  if (first(sp.view) !== "compare") return null;
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

/** The URL of the compare view for two dates, keeping `known` when given. */
export function compareHref(dateA: IsoDate, dateB: IsoDate, known: string | null = null): string {
  const params = new URLSearchParams({ view: "compare", date: dateA, compare: dateB });
  if (known) params.set("known", known);
  return `/?${params.toString()}`;
}

/** Whether the search params ask for the compare view (`view=compare`). */
export function isCompareView(sp: RawParams): boolean {
  return first(sp.view) === "compare";
}
