"use client";

import Link from "next/link";
import { useMemo } from "react";
import { personnelSteps } from "@/lib/timeline/personnel";
import { formatDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { useTimeline } from "@/components/dashboard/timeline-context";
import { ChartPlaceholder, PersonnelChartLazy } from "./chart-loaders";
import { dateLinkHref, PERSONNEL_CHART_HEIGHT, type DateLink } from "./chart-types";
import { useNearViewport } from "./use-near-viewport";
import { PictureLinks } from "@/components/dashboard/picture-links";
import { NO_PERSONNEL_TEXT } from "@/lib/pictures/view-text";

const n = (x: number) => x.toLocaleString("en-GB");

/**
 * Stated personnel over time: the sum of the minimum troop numbers the countries' deciding
 * statements give, with how many countries gave one, built in the browser from the dashboard's
 * (filtered) timeline like the coalition chart. Labelled everywhere as stated intentions: nothing
 * here is a deployment. The same steps as a table, for keyboard and screen-reader readers.
 */
export function PersonnelChartPanel({ today, knownText, dateLink }: { today: IsoDate; knownText: string; dateLink: DateLink }) {
  const timeline = useTimeline();
  const [ref, near] = useNearViewport<HTMLElement>();
  const steps = useMemo(
    () => (timeline && near ? personnelSteps(timeline.countries, timeline.deciders, (id) => timeline.claim(id)?.troopsMin ?? null, today) : null),
    [timeline, near, today],
  );
  const last = steps?.[steps.length - 1];
  return (
    <figure ref={ref} className="chart-panel" data-testid="personnel-chart" aria-labelledby="personnel-chart-title" aria-busy={steps === null}>
      <h2 id="personnel-chart-title">Stated personnel over time (stated intentions, not deployments)</h2>
      {steps === null ? (
        <ChartPlaceholder height={PERSONNEL_CHART_HEIGHT} />
      ) : !last ? (
        <p className="empty">{NO_PERSONNEL_TEXT}</p>
      ) : (
        <>
          <PersonnelChartLazy steps={steps} />
          <figcaption>
            Sum of the minimum troop numbers stated by governments (each country&apos;s deciding statement, where it gives a number), from{" "}
            {formatDate(steps[0]!.from)} to {formatDate(last.until)}, {knownText}: stated intentions, not deployments. Most statements
            give no number, so this is a floor of what was said, not an estimate of any force. On {formatDate(last.from)}:{" "}
            {n(last.troops)} stated by {last.countries.length} {last.countries.length === 1 ? "country" : "countries"}.
          </figcaption>
          <details className="chart-table">
            <summary>The chart&apos;s data as a table ({steps.length} {steps.length === 1 ? "row" : "rows"})</summary>
            <table className="data" data-testid="personnel-chart-table">
              <caption>Stated personnel (stated intentions, not deployments), {knownText}</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Until</th>
                  <th scope="col">Stated personnel (sum of minimums)</th>
                  <th scope="col">Countries with a figure</th>
                  <th scope="col">Which</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={s.from} data-from={s.from}>
                    <th scope="row">
                      <Link href={dateLinkHref(dateLink, s.from)} prefetch={false}>
                        {formatDate(s.from)}
                      </Link>
                    </th>
                    <td>{formatDate(s.until)}</td>
                    <td className="num" data-col="troops">
                      {n(s.troops)}
                    </td>
                    <td className="num" data-col="countries">
                      {s.countries.length}
                    </td>
                    <td>{s.countries.map((c) => `${c.name} (${n(c.troops)})`).join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <PictureLinks kind="personnel" />
    </figure>
  );
}
