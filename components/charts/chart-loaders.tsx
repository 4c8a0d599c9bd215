"use client";

/**
 * The charts, loaded only in the browser and in their own chunks, so recharts stays out of the
 * first-load bundle and the pages' tables render (and work) before it arrives.
 */
import dynamic from "next/dynamic";
import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import { COALITION_CHART_HEIGHT, PERSONNEL_CHART_HEIGHT, contributionsChartHeight } from "./chart-types";
import { useNearViewport } from "./use-near-viewport";

export function ChartPlaceholder({ height }: { height: number }) {
  return (
    <div className="chart-loading" style={{ height }} aria-hidden="true">
      Loading chart…
    </div>
  );
}

export const CoalitionChartLazy = dynamic(() => import("./coalition-chart").then((m) => m.CoalitionChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={COALITION_CHART_HEIGHT} />,
});

export const PersonnelChartLazy = dynamic(() => import("./personnel-chart").then((m) => m.PersonnelChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={PERSONNEL_CHART_HEIGHT} />,
});

const ContributionsChartLazy = dynamic(() => import("./contributions-chart").then((m) => m.ContributionsChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={280} />,
});

/** The contributions chart, fetched and drawn once the reader nears it (use-near-viewport.ts). */
export function ContributionsChartWhenNear({ rows }: { rows: ContributionCount[] }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return <div ref={ref}>{near ? <ContributionsChartLazy rows={rows} /> : <ChartPlaceholder height={contributionsChartHeight(rows)} />}</div>;
}
