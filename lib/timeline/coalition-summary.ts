/** One-sentence summaries of the coalition on a date, for page titles, link previews and images. */
import { countries, formatLongDate } from "../format/format";
import type { IsoDate, StanceCategory, StanceKey } from "../types";

/** "5 ground troops, 1 air policing, 1 refusal" (categories in rank order, empty ones left out). */
export function countsPhrase(counts: Partial<Record<StanceKey, number>>, categories: readonly StanceCategory[]): string {
  const parts = categories.filter((c) => (counts[c.key] ?? 0) > 0).map((c) => `${counts[c.key]} ${c.label.toLowerCase()}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

/** The page's description: the date, how many countries have a position, and the counts. */
export function coalitionDescription(
  date: IsoDate,
  counts: Partial<Record<StanceKey, number>>,
  categories: readonly StanceCategory[],
  known: number | null,
): string {
  const stated = categories.reduce((n, c) => n + (counts[c.key] ?? 0), 0);
  const asKnown = known === null ? "" : ` Data as known at ${new Date(known).toISOString()}.`;
  if (stated === 0) return `No country had a stated position on ${formatLongDate(date)}.${asKnown}`;
  return `On ${formatLongDate(date)}, ${countries(stated)} had a stated position: ${countsPhrase(counts, categories)}.${asKnown}`;
}
