import "server-only";
import { getDb } from "@/db/client";
import { listEvents } from "@/db/events";
import { readAsOf } from "@/app/_lib/read-as-of";
import { todayIso } from "@/lib/dates";
import { futureDateNotice } from "@/lib/format/date-notices";
import { claimViewOf, readViewParams, serializeViewParams } from "@/lib/url/search-params";

export type EmbedSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every embed reads from its URL and the database: the dashboard's own parameters, parsed by
 * the dashboard's parser (readViewParams) and checked the way app/page.tsx checks them (a summit no
 * event has is no group; a future date shows today's positions), so an embed shows exactly the
 * view the same query shows on the dashboard. `dashboardHref` is that view on the dashboard.
 */
export async function readEmbedView(searchParams: EmbedSearchParams) {
  const { params, notices } = readViewParams(await searchParams);
  const db = getDb();
  const today = todayIso();
  const date = params.date ?? today;
  // Summits as known at `known` (events are bitemporal), as on the dashboard.
  const events = listEvents(db, params.known);
  if (params.date !== null && params.date > today) notices.push(futureDateNotice(params.date, today));
  let groupKey = params.group;
  if (groupKey !== null && groupKey.startsWith("summit:") && !events.some((e) => `summit:${e.slug}` === groupKey)) {
    notices.push(`Ignored group="${groupKey}": no event has that slug; showing every country.`);
    groupKey = null;
  }
  const claims = claimViewOf(params);
  const read = readAsOf(date, params.known, claims, groupKey, params.stale);
  // official=0 means off: links leave it out (as the dashboard's share link does).
  const linkParams = { ...params, official: params.official || null, group: groupKey, date };
  return {
    params: { ...params, group: groupKey },
    notices,
    today,
    date,
    claims,
    events,
    ...read,
    countries: read.countries.map((c): [string, string] => [c.iso3, c.name]),
    dashboardHref: serializeViewParams("/", linkParams),
  };
}
