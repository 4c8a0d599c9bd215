import type { Metadata } from "next";
import { countContributions } from "@/lib/timeline/contribution-counts";
import { ContributionsChartPanel } from "@/components/charts/contributions-chart-panel";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { readEmbedView, type EmbedSearchParams } from "../../_lib/embed-view";

export const metadata: Metadata = { title: "Contributions" };

/** /embed/chart/contributions: the dashboard's contributions chart for the URL's view, to be framed by any site. */
export default async function EmbedContributionsPage({ searchParams }: { searchParams: EmbedSearchParams }) {
  const view = await readEmbedView(searchParams);
  return (
    <EmbedFrame kind="contributions" title="Contributions offered" date={view.date} known={view.params.known} notices={view.notices} dashboardHref={view.dashboardHref} liveHref={view.liveHref}>
      <ContributionsChartPanel rows={countContributions(view.asOf)} date={view.date} known={view.params.known} />
    </EmbedFrame>
  );
}
