"use client";

/**
 * The charts, loaded only in the browser and in their own chunks, so recharts stays out of the
 * first-load bundle and the pages' tables render (and work) before it arrives.
 */
import dynamic from "next/dynamic";

function Placeholder({ height }: { height: number }) {
  return (
    <div className="chart-loading" style={{ height }} aria-hidden="true">
      Loading chart…
    </div>
  );
}

export const CoalitionChartLazy = dynamic(() => import("./coalition-chart").then((m) => m.CoalitionChart), {
  ssr: false,
  loading: () => <Placeholder height={320} />,
});

export const ContributionsChartLazy = dynamic(() => import("./contributions-chart").then((m) => m.ContributionsChart), {
  ssr: false,
  loading: () => <Placeholder height={280} />,
});
