/** How a country is painted, from what is shown about it; pure, so every repaint is consistent. */
import type { PathOptions } from "leaflet";
import type { StanceKey } from "@/lib/types";

export const NO_POSITION_FILL = "#d9d9d9";
const DIMMED_FILL = "#f2f2f2";
const BORDER = "#ffffff";
const SELECTED_BORDER = "#1b1f24";

export type CountryLook = {
  stance: StanceKey | null;
  /** The statement behind the stance: a new one changes the label even when the colour stays. */
  statementId: number | null;
  /** Filtered out by the legend: drawn faintly, still there. */
  dimmed: boolean;
  selected: boolean;
  /** Older than the view's stale= threshold (lib/staleness/age.ts): drawn paler. */
  faded: boolean;
  /** Too small to see or hit at Europe's scale (Malta, Luxembourg): drawn with a thick outline. */
  small: boolean;
};

export function sameLook(a: CountryLook | undefined, b: CountryLook): boolean {
  return !!a && a.stance === b.stance && a.statementId === b.statementId && a.dimmed === b.dimmed && a.selected === b.selected && a.small === b.small && a.faded === b.faded;
}

export function countryStyle(look: CountryLook, colours: Record<StanceKey, string>, withTiles: boolean): PathOptions {
  const fill = look.dimmed ? DIMMED_FILL : look.stance ? colours[look.stance] : NO_POSITION_FILL;
  const fillOpacity = (withTiles ? 0.7 : 1) * (look.faded && !look.dimmed ? 0.4 : 1);
  if (look.selected) return { fillColor: fill, fillOpacity, color: SELECTED_BORDER, weight: 2.5, opacity: 1 };
  // A small state's outline in its own colour enlarges it to a few pixels, enough to see and click.
  if (look.small) return { fillColor: fill, fillOpacity, color: fill, weight: 4, opacity: 1 };
  return { fillColor: fill, fillOpacity, color: BORDER, weight: 0.8, opacity: 1 };
}

/** Territories without an ISO 3166-1 code of their own (Kosovo, N. Cyprus...): land, not countries. */
export const UNASSIGNED_STYLE: PathOptions = {
  fillColor: DIMMED_FILL,
  fillOpacity: 1,
  color: BORDER,
  weight: 0.8,
  interactive: false,
};
