import "server-only";
import { getDb } from "@/db/client";
import { readAsOf } from "@/app/_lib/read-as-of";
import { readDashboardParams } from "@/app/_lib/dashboard-params";
import { serializeViewParams } from "@/lib/url/search-params";

export type EmbedSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every embed reads from its URL and the database: the dashboard's own parameters, checked by
 * the dashboard's own checks (app/_lib/dashboard-params.ts), so an embed shows exactly the view the
 * same query shows on the dashboard. `dashboardHref` is that view on the dashboard.
 */
export async function readEmbedView(searchParams: EmbedSearchParams) {
  // The request's parameters first: awaiting them is what makes the page dynamic, so the database
  // is never opened while the build prerenders.
  const raw = await searchParams;
  const { params, notices, today, date, events, claims } = readDashboardParams(getDb(), raw);
  const read = readAsOf(date, params.known, claims, params.group, params.stale);
  // official=0 means off: links leave it out (as the dashboard's share link does).
  const linkParams = { ...params, official: params.official || null, date };
  return {
    params,
    notices,
    today,
    date,
    claims,
    events,
    ...read,
    countries: read.countries.map((c): [string, string] => [c.iso3, c.name]),
    dashboardHref: serializeViewParams("/", linkParams),
    /** The same embed with the live data (`known` left out), for the frozen note's link. */
    liveHref: (path: string) => serializeViewParams(path, { ...linkParams, known: null }),
  };
}
