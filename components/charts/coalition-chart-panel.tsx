"use client";

import { useMemo } from "react";
import { coalitionChartFromPoints } from "@/lib/timeline/coalition-steps";
import { formatDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { useTimeline } from "@/components/dashboard/timeline-context";
import { ChartPlaceholder, CoalitionChartLazy } from "./chart-loaders";
import { COALITION_CHART_HEIGHT, type ChartCategory, type ChartEvent, type DateLink } from "./chart-types";
import { CsvDownload } from "./csv-download";
import { PictureLinks } from "@/components/dashboard/picture-links";
import { StepTable } from "./step-table";
import { useNearViewport } from "./use-near-viewport";

type Props = {
  categories: ChartCategory[];
  events: ChartEvent[];
  date: IsoDate | null;
  /** The first day the steps may end on (the server's today): the last counts hold until then. */
  today: IsoDate;
  /** "data as known …", worded on the server so the server and browser renders agree to the minute. */
  knownText: string;
  /** The caption of the empty state: no statement at all, or none recorded by `known`. */
  emptyText: string;
  /** Where a date in the chart or its table leads (the dashboard on that date). */
  dateLink: DateLink;
};

/**
 * The coalition chart with what makes it usable by everyone: a caption stating the data's dates,
 * a legend, a CSV download of exactly the drawn numbers and the same numbers as a table.
 * Its steps and per-country tracks are built here, in the browser, from the dashboard's timeline
 * (timeline-context.ts), which the page already carries: shipping them too would repeat every
 * change point of every country in the page. Chart, CSV and table all use the same `steps`.
 * The steps are built and drawn only once the reader nears the chart (it sits under the map): at
 * 100,000 statements that is the heaviest work on the page, and most visits never scroll to it.
 */
export function CoalitionChartPanel({ categories, events, date, today, knownText, emptyText, dateLink }: Props) {
  const timeline = useTimeline();
  const [ref, near] = useNearViewport<HTMLElement>();
  const data = useMemo(
    () => (timeline && near ? coalitionChartFromPoints(timeline.pointsByCountry, timeline.names, today) : null),
    [timeline, near, today],
  );
  const steps = data?.steps ?? [];
  const first = steps[0];
  const last = steps[steps.length - 1];
  return (
    <figure ref={ref} className="chart-panel" data-testid="coalition-chart" aria-labelledby="coalition-chart-title" aria-busy={data === null}>
      <h2 id="coalition-chart-title">Coalition over time</h2>
      {data === null ? (
        <ChartPlaceholder height={COALITION_CHART_HEIGHT} />
      ) : !first || !last ? (
        <p className="empty">{emptyText}, so there is nothing to chart.</p>
      ) : (
        <>
          <ul className="chart-legend" aria-hidden="true">
            {categories.map((c) => (
              <li key={c.key}>
                <span className="swatch" style={{ background: c.colour }} />
                {c.label}
              </li>
            ))}
            <li>
              <span className="legend-line summit" /> Summit
            </li>
            {date ? (
              <li>
                <span className="legend-line selected" /> Selected date
              </li>
            ) : null}
          </ul>
          <CoalitionChartLazy steps={steps} categories={categories} events={events} tracks={data.tracks} date={date} dateLink={dateLink} />
          <figcaption>
            Number of countries in each category from {formatDate(first.from)} to {formatDate(last.until)}, {knownText}. Counts
            change only on the day a statement changes a country&apos;s position (month-precision statements count from the first of
            their month); countries with no stated position are not drawn. Hover to see the countries, click a day to show the
            coalition on that date.
            {date && (date < first.from || date > last.until) ? ` The selected date (${formatDate(date)}) is outside this range.` : ""}
          </figcaption>
          <div className="chart-actions">
            <CsvDownload kind="coalition" filename="coalition-over-time.csv" steps={steps} categories={categories.map((c) => c.key)} />
          </div>
          <StepTable steps={steps} categories={categories} caption={`Countries per category, ${knownText}`} dateLink={dateLink} />
        </>
      )}
      {/* Drawn on the server from the same rule, so the links work before (and without) the chart. */}
      <PictureLinks kind="coalition" />
    </figure>
  );
}
