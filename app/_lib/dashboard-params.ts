import "server-only";
import type { Db } from "@/db/client";
import { listEvents } from "@/db/events";
import { todayIso } from "@/lib/dates";
import { futureDateNotice } from "@/lib/format/date-notices";
import { claimViewOf, readViewParams } from "@/lib/url/search-params";

type RawParams = Record<string, string | string[] | undefined>;

/**
 * The dashboard's parameters as the dashboard (app/page.tsx) and its embeds (app/embed) both check
 * them, so the same query shows the same view in either: parsed by readViewParams, the summits read
 * as known at `known` (events are bitemporal), a future date showing today's positions with a
 * notice, and a summit group no event has dropped with a notice. With `countries` (the dashboard's
 * open panel), a country code none of them has is dropped too, with a notice.
 */
export function readDashboardParams(db: Db, raw: RawParams, countries?: readonly string[]) {
  const { params, notices } = readViewParams(raw);
  const today = todayIso();
  const date = params.date ?? today;
  const events = listEvents(db, params.known);
  let country = params.country;
  if (countries !== undefined && country !== null && !countries.includes(country)) {
    notices.push(`Ignored country="${country}": no country has that code; no country panel is open.`);
    country = null;
  }
  // Nothing stated after today can be recorded yet: a future date shows today's positions, and says so.
  if (params.date !== null && params.date > today) notices.push(futureDateNotice(params.date, today));
  let group = params.group;
  if (group !== null && group.startsWith("summit:") && !events.some((e) => `summit:${e.slug}` === group)) {
    notices.push(`Ignored group="${group}": no event has that slug; showing every country.`);
    group = null;
  }
  return { params: { ...params, country, group }, notices, today, date, events, claims: claimViewOf(params) };
}
