/**
 * The group filter applied in the browser: the timeline payload's facts passed through the same
 * rule as the server's (group-view.ts applyGroup) and packed again, so that the map, the legend,
 * the slider's ticks and the coalition chart follow the group without knowing about it. Runs after
 * the claim filters (lib/claims/view-payload.ts), on the payload they return.
 */
import { claimFactsOf } from "../claims/view-payload";
import { packTimeline, type TimelinePayload } from "../timeline/timeline-payload";
import { applyGroup, type Group } from "./group-view";

/** The payload as the group counts it (the same payload, unchanged, with no group). */
export function groupPayload(payload: TimelinePayload, group: Group | null): TimelinePayload {
  if (group === null) return payload;
  const sources = payload.sources.map(([title, publisher, url], id) => ({ id, title, publisher, url }));
  const countries = payload.countries.map(([iso3, name]) => ({ iso3, name }));
  return packTimeline(applyGroup(claimFactsOf(payload), group), sources, countries, payload.events);
}
