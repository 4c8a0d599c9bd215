import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import { todayIso } from "@/lib/dates";
import { formatInstant, knownLabel } from "@/lib/format/known-label";
import type { IsoDate } from "@/lib/types";
import type { ChartCategory, ChartEvent, DateLink } from "./chart-types";
import { CoalitionChartPanel } from "./coalition-chart-panel";
import { ContributionsChartPanel } from "./contributions-chart-panel";
import { PersonnelChartPanel } from "./personnel-chart-panel";

/**
 * The dashboard's three charts for a date, as the data stood at `known`. The contributions chart is
 * drawn from the counts the page read; the coalition chart is built in the browser from the dashboard's timeline (it must be
 * placed inside <Dashboard>), from the first statement to today (or the last change, if later).
 * A click on a date leads to the dashboard on that date.
 */
export function DashboardCharts({
  date,
  known,
  categories,
  events,
  contributions,
  linkParams = {},
}: {
  date: IsoDate;
  known: number | null;
  categories: ChartCategory[];
  events: ChartEvent[];
  /** What the countries with a stated position on `date` offer, per contribution. */
  contributions: ContributionCount[];
  linkParams?: Record<string, string>;
}) {
  // `linkParams`: the rest of the dashboard's view (map or table, panel, filter), kept on a date click.
  const dateLink: DateLink = { path: "/", params: known === null ? linkParams : { ...linkParams, known: new Date(known).toISOString() } };
  return (
    <div className="dashboard-charts">
      <CoalitionChartPanel
        categories={categories}
        events={events}
        date={date}
        today={todayIso()}
        knownText={knownLabel(known)}
        emptyText={known === null ? "No statements yet" : `No statement had been recorded by ${formatInstant(known)}`}
        dateLink={dateLink}
      />
      <ContributionsChartPanel rows={contributions} date={date} known={known} />
      <PersonnelChartPanel today={todayIso()} knownText={knownLabel(known)} dateLink={dateLink} />
    </div>
  );
}
