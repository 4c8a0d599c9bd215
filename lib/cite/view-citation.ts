/**
 * What a citation of a tracker view says (the "Cite" control, GET /api/v1/citation): its title,
 * its frozen permalink (the view's own parameters plus `known`, so the link keeps showing what the
 * author saw) and the CSL-JSON item that citation-js renders (app/_lib/cite/render.ts). Pure: the
 * caller resolves names (a country, a statement) from the database.
 */
import { COMMITMENT_LEVELS, type Commitment, type ConditionKey, type IsoDate } from "../types";
import { CONDITION_LABELS } from "../format/claim-labels";
import { formatLongDate } from "../format/format";

export const PUBLISHER = "Coalition Tracker";

/** The page a citation is of, with what its title needs. */
export type CitedPage =
  | { kind: "dashboard" }
  | { kind: "country"; iso3: string; name: string }
  | { kind: "statement"; id: number; label: string }
  | { kind: "compare"; dateA: IsoDate; dateB: IsoDate };

/** The view settings a title names (the dashboard's; the other pages have none of them). */
export type CitedFilters = {
  date: IsoDate;
  official: boolean;
  commitment: Commitment | null;
  assume: ConditionKey | null;
  /** The group's name as the legend says it ("NATO members"), or null. */
  groupLabel: string | null;
  /** Legend filter: the category labels shown, or null for all. */
  stanceLabels: readonly string[] | null;
  /** The country whose panel is open, by name. */
  countryName: string | null;
};

/** A cited view: the page, its filters, its path and canonical query (without `known`). */
export type CitedView = { page: CitedPage; filters: CitedFilters; path: string; query: URLSearchParams };

/** "pledged or firmer": how a commitment filter reads. */
function commitmentPhrase(c: Commitment): string {
  return c === COMMITMENT_LEVELS[COMMITMENT_LEVELS.length - 1] ? `${c} only` : `${c} or firmer`;
}

/** The filters as words, in the order the controls show them. */
export function filterPhrases(f: CitedFilters): string[] {
  const out: string[] = [];
  if (f.groupLabel) out.push(f.groupLabel);
  if (f.stanceLabels) out.push(`${f.stanceLabels.join(", ")} filter`);
  if (f.official) out.push("official positions only");
  if (f.commitment) out.push(commitmentPhrase(f.commitment));
  // The label the page's scenario notice and controls show ("US backstop"), not the key's spelling.
  if (f.assume) out.push(`assuming no ${CONDITION_LABELS[f.assume]}`);
  if (f.countryName) out.push(`${f.countryName} open`);
  return out;
}

/** The citation's title, e.g. "Coalition Tracker: positions on 6 January 2026 (NATO members, official positions only)". */
export function viewTitle(view: Pick<CitedView, "page" | "filters">): string {
  const { page, filters } = view;
  const extra = filterPhrases(filters);
  const suffix = extra.length > 0 ? ` (${extra.join(", ")})` : "";
  switch (page.kind) {
    case "dashboard":
      return `${PUBLISHER}: positions on ${formatLongDate(filters.date)}${suffix}`;
    case "country":
      return `${PUBLISHER}: ${page.name}, statements and position on ${formatLongDate(filters.date)}`;
    case "statement":
      return `${PUBLISHER}: statement #${page.id}, ${page.label}`;
    case "compare":
      return `${PUBLISHER}: changes from ${formatLongDate(page.dateA)} to ${formatLongDate(page.dateB)}`;
  }
}

/** The view's query with `known` set to the instant (ISO-8601), replacing any `known` it had. */
export function frozenQuery(query: URLSearchParams, knownIso: string): URLSearchParams {
  const q = new URLSearchParams(query);
  q.delete("known");
  q.set("known", knownIso);
  return q;
}

/**
 * The frozen permalink: origin + path + the view's parameters + known. Colons and commas stay
 * literal (both are allowed in a query, RFC 3986): the instant reads as written, and the link
 * survives BibTeX, where `%` starts a comment and comes back from a round trip doubly encoded.
 */
export function permalink(origin: string, view: Pick<CitedView, "path" | "query">, knownIso: string): string {
  const query = frozenQuery(view.query, knownIso).toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  return `${origin.replace(/\/$/, "")}${view.path}?${query}`;
}

/** A CSL date from an ISO date. */
export function cslDate(date: IsoDate): { "date-parts": [[number, number, number]] } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { "date-parts": [[y, m, d]] };
}

/**
 * The CSL-JSON item of a view. No `issued` date: a view of a dataset that keeps changing is cited
 * as undated with its access date (APA 7 and Chicago for pages that change), and the frozen
 * permalink says which state of the data it was.
 */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

export function viewCslItem(view: CitedView, origin: string, knownIso: string, accessed: IsoDate): CslItem {
  return {
    id: `coalition-tracker-${knownIso.slice(0, 10)}`,
    "citation-key": `coalitiontracker${knownIso.slice(0, 10).replaceAll("-", "")}`,
    type: "webpage",
    title: viewTitle(view),
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    URL: permalink(origin, view, knownIso),
    accessed: cslDate(accessed),
  };
}
