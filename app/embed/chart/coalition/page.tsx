import type { Metadata } from "next";
import { formatInstant, knownLabel } from "@/lib/format/known-label";
import { serializeViewParams } from "@/lib/url/search-params";
import { timelinePayloadUrl } from "@/components/dashboard/api-urls";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedCoalitionChart } from "@/components/embed/embed-coalition-chart";
import { readEmbedView, type EmbedSearchParams } from "../../_lib/embed-view";

export const metadata: Metadata = { title: "Coalition over time" };

/** /embed/chart/coalition: the dashboard's coalition chart for the URL's view, to be framed by any site. */
export default async function EmbedCoalitionPage({ searchParams }: { searchParams: EmbedSearchParams }) {
  const view = await readEmbedView(searchParams);
  const { params, date, today, categories, events, claims } = view;
  // A click on a day shows this chart with that day selected, inside the frame.
  const linkParams = Object.fromEntries(new URLSearchParams(serializeViewParams({ ...params, official: params.official || null, date: null, known: null, country: null })));
  const known = params.known;
  return (
    <EmbedFrame kind="coalition" title="The coalition over time" date={date} known={known} notices={view.notices} dashboardHref={view.dashboardHref} liveHref={view.liveHref}>
      <EmbedCoalitionChart
        payloadUrl={timelinePayloadUrl(known)}
        claims={claims}
        group={params.group}
        groupEvents={events.map(({ slug, name, participants }) => ({ slug, name, participants }))}
        categories={categories.map(({ key, label, colour }) => ({ key, label, colour }))}
        events={events.map(({ slug, name, place, heldOn }) => ({ slug, name, place, heldOn }))}
        date={date}
        today={today}
        knownText={knownLabel(known)}
        emptyText={known === null ? "No statements yet" : `No statement had been recorded by ${formatInstant(known)}`}
        dateLink={{ path: "/embed/chart/coalition", params: known === null ? linkParams : { ...linkParams, known: new Date(known).toISOString() } }}
      />
    </EmbedFrame>
  );
}
