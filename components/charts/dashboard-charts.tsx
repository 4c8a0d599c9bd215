import { getDb } from "@/db/client";
import { listEvents } from "@/db/events";
import { readAsOf } from "@/components/dashboard/read-as-of";
import { countContributions } from "@/lib/contribution-counts";
import { todayIso } from "@/lib/dates";
import { formatInstant, knownLabel } from "@/lib/known-label";
import type { IsoDate } from "@/lib/types";
import type { DateLink } from "./chart-types";
import { CoalitionChartPanel } from "./coalition-chart-panel";
import { ContributionsChartPanel } from "./contributions-chart-panel";

/**
 * The dashboard's two charts for a date, as the data stood at `known`. The contributions chart is
 * read here; the coalition chart is built in the browser from the dashboard's timeline (it must be
 * placed inside <Dashboard>), from the first statement to today (or the last change, if later).
 * A click on a date leads to the dashboard on that date.
 */
export function DashboardCharts({ date, known, linkParams = {} }: { date: IsoDate; known: number | null; linkParams?: Record<string, string> }) {
  const db = getDb();
  const asOf = readAsOf(date, known);
  const categories = asOf.categories.map(({ key, label, colour }) => ({ key, label, colour }));
  const events = listEvents(db).map(({ slug, name, place, heldOn }) => ({ slug, name, place, heldOn }));
  const rows = countContributions(asOf.asOf);
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
      <ContributionsChartPanel rows={rows} date={date} known={known} />
    </div>
  );
}
