import { getDb } from "@/db/client";
import { listCountries, listEvents } from "@/db/queries/reference";
import { getStancesAsOf, listCategories, listStatementFacts } from "@/db/queries/stances";
import { coalitionChartData } from "@/lib/coalition-steps";
import { countContributions } from "@/lib/contribution-counts";
import { todayIso } from "@/lib/dates";
import { coalitionTimeline, countryChangePoints } from "@/lib/timeline";
import type { IsoDate } from "@/lib/types";
import type { DateLink } from "./chart-types";
import { CoalitionChartPanel } from "./coalition-chart-panel";
import { ContributionsChartPanel } from "./contributions-chart-panel";

/**
 * The dashboard's two charts for a date, as the data stood at `known`. Reads the database itself so
 * the dashboard page only has to place it. The coalition chart runs from the first statement to
 * today (or the last change, if later); a click on a date leads to the dashboard on that date.
 */
export function DashboardCharts({ date, known, linkParams = {} }: { date: IsoDate; known: number | null; linkParams?: Record<string, string> }) {
  const db = getDb();
  const facts = listStatementFacts(db, known);
  const series = coalitionTimeline(facts);
  const today = todayIso();
  const lastChange = series[series.length - 1]?.date ?? today;
  const names = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
  const { steps, tracks } = coalitionChartData(countryChangePoints(facts), series, names, lastChange > today ? lastChange : today);
  const categories = listCategories(db).map(({ key, label, colour }) => ({ key, label, colour }));
  const events = listEvents(db).map(({ slug, name, place, heldOn }) => ({ slug, name, place, heldOn }));
  const rows = countContributions(getStancesAsOf(db, date, known));
  // `linkParams`: the rest of the dashboard's view (map or table, panel, filter), kept on a date click.
  const dateLink: DateLink = { path: "/", params: known === null ? linkParams : { ...linkParams, known: new Date(known).toISOString() } };
  return (
    <div className="dashboard-charts">
      <CoalitionChartPanel steps={steps} categories={categories} events={events} tracks={tracks} date={date} known={known} dateLink={dateLink} />
      <ContributionsChartPanel rows={rows} date={date} known={known} />
    </div>
  );
}
