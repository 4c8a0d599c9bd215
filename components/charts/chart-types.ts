/**
 * Props shared by the chart components and their server-rendered panels. Everything here is plain
 * data (serialisable from a server component to a client one), except the two optional callbacks,
 * which only a client component can pass.
 */
import type { CoalitionStep, CountryTrack } from "@/lib/timeline/coalition-steps";
import type { IsoDate, StanceCategory } from "@/lib/types";

/** The coalition chart's drawn height: its placeholder reserves it, so nothing shifts when it arrives. */
export const COALITION_CHART_HEIGHT = 320;
/** The stated-personnel chart's drawn height (reserved by its placeholder too). */
export const PERSONNEL_CHART_HEIGHT = 240;

export type ChartCategory = Pick<StanceCategory, "key" | "label" | "colour">;

export type ChartEvent = { slug: string; name: string; place: string | null; heldOn: IsoDate };

/** A link target for a date that a server component can pass: `${path}?${params}&date=D`. */
export type DateLink = { path: string; params: Record<string, string> };

/** How a click on a date is turned into navigation; the first one given wins. */
export type DateSelection = {
  /** Client callers: change the date in place (e.g. a shallow URL update). */
  onSelectDate?: (date: IsoDate) => void;
  /** Client callers: navigate to this URL. */
  hrefForDate?: (date: IsoDate) => string;
  /** Server callers: navigate to this path with `date` added to the params. */
  dateLink?: DateLink;
};

export type CoalitionChartProps = DateSelection & {
  steps: CoalitionStep[];
  categories: ChartCategory[];
  events: ChartEvent[];
  /** Each country's change points, to list the countries behind a count on hover. */
  tracks: CountryTrack[];
  /** The selected date, drawn as a marker when inside the chart's range. */
  date?: IsoDate | null;
};

/** The URL for a date from a DateLink. */
export function dateLinkHref(link: DateLink, date: IsoDate): string {
  const params = new URLSearchParams(link.params);
  params.set("date", date);
  return `${link.path}?${params.toString()}`;
}

/** The contributions bar chart's height: one 30 px bar per kind of contribution plus the axis. */
export function contributionsChartHeight(rows: readonly unknown[]): number {
  return 40 + rows.length * 30;
}
