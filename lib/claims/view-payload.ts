/**
 * The claim filters and scenario applied in the browser: the timeline payload (every visible
 * statement, packed) unpacked into facts, passed through the same rule as the server's
 * (claim-view.ts), and packed again, so that the map, the legend, the slider's ticks and the
 * charts, which all read the unpacked timeline, follow the view without knowing about it.
 */
import { addDays } from "../dates";
import { STANCE_KEYS } from "../types";
import { stancesAsOf } from "../timeline/stance-as-of";
import { claimOfPacked, packTimeline, type CitedFact, type PointClaim, type TimelinePayload } from "../timeline/timeline-payload";
import type { IsoDate } from "../types";
import { applyClaimView, countriesMoved, countsInView, isAllClaims, type ClaimView } from "./claim-view";

/** A statement of the payload with its claim fields. */
export type ViewFact = CitedFact & PointClaim;

/** Every statement of the payload (change points, restatements, same-day ones) as a fact with its claim fields. */
export function claimFactsOf(payload: TimelinePayload): ViewFact[] {
  const facts: ViewFact[] = [];
  if (payload.span === null) return facts;
  const first = payload.span.first;
  const dates = new Map<number, IsoDate>();
  const dateAt = (offset: number) => dates.get(offset) ?? dates.set(offset, addDays(first, offset)).get(offset)!;
  for (const lists of [payload.points, payload.restated ?? {}, payload.sameDay ?? {}]) {
    for (const [iso3, list] of Object.entries(lists)) {
      for (const packed of list) {
        facts.push({
          statementId: packed[2],
          countryIso3: iso3,
          statedOn: dateAt(packed[0]),
          stance: STANCE_KEYS[packed[1]] ?? "undecided",
          precision: packed[4] === 1 ? "month" : "day",
          // The source as its index in the payload's list: packed again below with the same list.
          sourceId: packed[3],
          ...claimOfPacked(packed),
        });
      }
    }
  }
  return facts;
}

/** The payload as the view counts it (the same payload, unchanged, with every filter off). */
export function filterPayload(payload: TimelinePayload, view: ClaimView): TimelinePayload {
  if (isAllClaims(view)) return payload;
  const sources = payload.sources.map(([title, publisher, url], id) => ({ id, title, publisher, url }));
  const countries = payload.countries.map(([iso3, name]) => ({ iso3, name }));
  return packTimeline(applyClaimView(claimFactsOf(payload), view), sources, countries, payload.events);
}

/** The countries the view's scenario moves on `date` (claim-view.ts countriesMoved), from the payload's facts. */
export function movedOn(facts: readonly ViewFact[], view: ClaimView, date: IsoDate): string[] {
  if (view.assume === null) return [];
  const counted = facts.filter((f) => countsInView(f, view));
  return countriesMoved([...stancesAsOf(counted, date).values()].map((s) => s.statement), view);
}
