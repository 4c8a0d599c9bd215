import Link from "next/link";
import type { CoalitionStep, CountryTrack } from "@/lib/coalition-steps";
import { formatDate } from "@/lib/format";
import { formatInstant, knownLabel } from "@/lib/known-label";
import type { IsoDate } from "@/lib/types";
import { CoalitionChartLazy } from "./chart-loaders";
import { dateLinkHref, type ChartCategory, type ChartEvent, type DateLink } from "./chart-types";
import { CsvDownload } from "./csv-download";

type Props = {
  steps: CoalitionStep[];
  categories: ChartCategory[];
  events: ChartEvent[];
  tracks: CountryTrack[];
  date: IsoDate | null;
  known: number | null;
  /** Where a date in the chart or its table leads (the dashboard on that date). */
  dateLink: DateLink;
};

/**
 * The coalition chart with what makes it usable by everyone: a caption stating the data's dates,
 * a legend, a CSV download of exactly the drawn numbers and the same numbers as a table.
 * A server component: only the chart itself (recharts) is loaded in the browser.
 */
export function CoalitionChartPanel({ steps, categories, events, tracks, date, known, dateLink }: Props) {
  const first = steps[0];
  const last = steps[steps.length - 1];
  return (
    <figure className="chart-panel" data-testid="coalition-chart" aria-labelledby="coalition-chart-title">
      <h2 id="coalition-chart-title">Coalition over time</h2>
      {!first || !last ? (
        <p className="empty">
          {known === null ? "No statements yet" : `No statement had been recorded by ${formatInstant(known)}`}, so there is nothing to chart.
        </p>
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
          <CoalitionChartLazy steps={steps} categories={categories} events={events} tracks={tracks} date={date} dateLink={dateLink} />
          <figcaption>
            Number of countries in each category from {formatDate(first.from)} to {formatDate(last.until)}, {knownLabel(known)}.
            Counts change only on the day a statement changes a country&apos;s position (month-precision statements count from
            the first of their month); countries with no stated position are not drawn. Hover to see the countries, click a day
            to show the coalition on that date.
            {date && (date < first.from || date > last.until) ? ` The selected date (${formatDate(date)}) is outside this range.` : ""}
          </figcaption>
          <div className="chart-actions">
            <CsvDownload kind="coalition" filename="coalition-over-time.csv" steps={steps} categories={categories.map((c) => c.key)} />
          </div>
          <details className="chart-table">
            <summary>The chart&apos;s data as a table</summary>
            <table className="data" data-testid="coalition-chart-table">
              <caption>Countries per category, {knownLabel(known)}</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Until</th>
                  {categories.map((c) => (
                    <th key={c.key} scope="col">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={s.from} data-from={s.from} data-until={s.until}>
                    <th scope="row">
                      <Link href={dateLinkHref(dateLink, s.from)}>{formatDate(s.from)}</Link>
                    </th>
                    <td>{formatDate(s.until)}</td>
                    {categories.map((c) => (
                      <td key={c.key} data-stance={c.key} className="num">
                        {s.counts[c.key]}
                      </td>
                    ))}
                    <td data-stance="total" className="num">
                      {s.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
