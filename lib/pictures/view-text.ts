/**
 * The words around a picture of the dashboard's view: its title, its date line, the legend
 * entries with the counts the page's legend shows, the notes under them and the assumptions in
 * force. Pure; the route reads the numbers (db/pictures/picture-view.ts) and the drawing.
 */
import { COMMITMENT_LABELS, CONDITION_LABELS } from "../format/claim-labels";
import { formatLongDate } from "../format/format";
import { formatInstant } from "../format/known-label";
import type { ClaimView } from "../claims/claim-view";
import type { StanceCategory, StanceKey } from "../types";
import type { StanceFilterKey } from "../url/search-params";
import type { LegendEntry } from "./picture";

export const NO_POSITION_LABEL = "No stated position";

/** What the personnel picture says when no statement in the view gives a number (the page's own words). */
export const NO_PERSONNEL_TEXT = "No statement in this view gives a number of troops, so there is nothing to chart.";

export type PictureKind = "map" | "coalition" | "contributions" | "personnel";

export const PICTURE_TITLES: Record<PictureKind, string> = {
  map: "Stated positions on a multinational force for Ukraine",
  coalition: "Coalition over time: countries per category",
  contributions: "What the coalition offers: countries per kind of contribution",
  personnel: "Stated personnel over time (stated intentions, not deployments)",
};

/** "as of 1 December 2026" and, when frozen, "· data as known at 2026-11-30 12:00 UTC". */
export function dateLine(date: string, known: number | null): string {
  return `as of ${formatLongDate(date)}${known === null ? "" : ` · data as known at ${formatInstant(known)}`}`;
}

/** The legend as the page's: each category with its count, then "No stated position". */
export function stanceLegend(categories: readonly StanceCategory[], counts: Record<StanceKey, number>, none: number, noneColour: string): LegendEntry[] {
  return [...categories.map((c) => ({ label: c.label, colour: c.colour, count: counts[c.key] ?? 0 })), { label: NO_POSITION_LABEL, colour: noneColour, count: none }];
}

export type ViewSettings = {
  claims: ClaimView;
  group: { label: string; size: number } | null;
  /** The stale threshold in days (false: off); only the map fades. */
  stale: number | false;
  /** The legend filter, or null when every category is shown (only the map dims). */
  stances: readonly StanceFilterKey[] | null;
};

/** The notes under the legend: the group line and the faded line, worded as the page's legend. */
export function viewNotes(kind: PictureKind, s: ViewSettings, stated: number, faded: number): string[] {
  const notes: string[] = [];
  if (s.group) notes.push(`${stated} of ${s.group.size} ${s.group.label} have a stated position`);
  if (kind === "map" && s.stale !== false) notes.push(`${faded} faded (stated more than ${s.stale} days before the date)`);
  return notes;
}

/** The filters, scenario and thresholds in force, in words, each once. */
export function viewAssumptions(kind: PictureKind, s: ViewSettings, categoryLabel: (key: StanceFilterKey) => string, moved: readonly string[]): string[] {
  const out: string[] = [];
  if (s.claims.official) out.push("official positions only (anonymous and unattributed claims left out)");
  if (s.claims.commitment) out.push(`only statements ${COMMITMENT_LABELS[s.claims.commitment]} or firmer`);
  if (s.claims.assume) {
    out.push(
      `scenario: no ${CONDITION_LABELS[s.claims.assume]} (statements conditional on it count as undecided; moved: ${moved.length > 0 ? moved.join(", ") : "none"})`,
    );
  }
  if (s.group) out.push(`only ${s.group.label} on the date`);
  if (kind === "map") {
    if (s.stances) out.push(`map shows only: ${s.stances.map(categoryLabel).join(", ")} (others drawn pale)`);
    out.push(s.stale === false ? "no position faded" : `positions stated more than ${s.stale} days before the date drawn paler`);
  }
  return out;
}

/** The personnel picture's legend: on the view's date, the stated sum and how many countries gave a figure (none before the first). */
export function personnelLegend(steps: readonly { from: string; until: string; troops: number; countries: readonly unknown[] }[], date: string, colour: string): LegendEntry[] {
  if (steps.length === 0) return [];
  const on = [...steps].reverse().find((s) => s.from <= date);
  return [
    { label: `Stated personnel on ${date} (sum of minimums)`, colour, count: on?.troops ?? 0 },
    { label: "Countries with a figure", colour: "#ffffff", count: on?.countries.length ?? 0 },
  ];
}

/** The personnel picture's notes: what the numbers are, or, with no figure in the view, that it is empty. */
export function personnelNotes(steps: readonly unknown[]): string[] {
  return steps.length === 0
    ? [NO_PERSONNEL_TEXT]
    : ["Stated intentions, not deployments: the sum of the minimum troop numbers in each country's deciding statement, where it gives one. Most statements give no number, so this is a floor of what was said, not an estimate of any force."];
}
