"use client";

/**
 * The embedded coalition chart: the dashboard's chart panel, built the way the dashboard builds it,
 * from the timeline payload under the view's claim filters and group (lib/claims/view-payload.ts,
 * lib/groups/group-payload.ts), so it counts what the same URL counts on the dashboard.
 */
import { useMemo } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { filterPayload } from "@/lib/claims/view-payload";
import { groupPayload } from "@/lib/groups/group-payload";
import { resolveGroup, type GroupEvent, type GroupKey } from "@/lib/groups/group-view";
import { pickPayload } from "@/lib/timeline/timeline-payload";
import type { IsoDate } from "@/lib/types";
import { CoalitionChartPanel } from "@/components/charts/coalition-chart-panel";
import type { ChartCategory, ChartEvent, DateLink } from "@/components/charts/chart-types";
import { Notices } from "@/components/dashboard/notices";
import { TimelineContext } from "@/components/dashboard/timeline-context";
import { useFetchedJson } from "@/components/dashboard/use-fetched-json";
import { useUnpackedTimeline } from "@/components/dashboard/use-unpacked-timeline";

export function EmbedCoalitionChart(props: {
  payloadUrl: string;
  claims: ClaimView;
  group: GroupKey | null;
  groupEvents: GroupEvent[];
  categories: ChartCategory[];
  events: ChartEvent[];
  date: IsoDate;
  today: IsoDate;
  knownText: string;
  emptyText: string;
  dateLink: DateLink;
}) {
  const { payloadUrl, claims, groupEvents } = props;
  const fetched = useFetchedJson(payloadUrl, null, pickPayload);
  const group = useMemo(() => (props.group ? resolveGroup(props.group, groupEvents) : null), [props.group, groupEvents]);
  const payload = useMemo(() => (fetched.data ? groupPayload(filterPayload(fetched.data, claims), group) : undefined), [fetched.data, claims, group]);
  const timeline = useUnpackedTimeline(payload);
  return (
    <>
      <Notices notices={fetched.error ? [`The timeline could not be loaded (${fetched.error}); reload the page to try again.`] : []} />
      <TimelineContext value={timeline}>
        <CoalitionChartPanel
          categories={props.categories}
          events={props.events}
          date={props.date}
          today={props.today}
          knownText={props.knownText}
          emptyText={props.emptyText}
          dateLink={props.dateLink}
        />
      </TimelineContext>
    </>
  );
}
