import type { Metadata } from "next";
import { headers } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { getDb } from "@/db/client";
import { listCountryStatements } from "@/db/statements";
import { listCountries } from "@/db/reference";
import { getDatasetSpan } from "@/db/statements";
import { readAsOf, readBriefAsOf } from "./_lib/read-as-of";
import { readDashboardParams } from "./_lib/dashboard-params";
import { coalitionDescription } from "@/lib/timeline/coalition-summary";
import { todayIso } from "@/lib/dates";
import { countries, formatLongDate } from "@/lib/format/format";
import { claimViewOf, readViewParams, serializeViewParams } from "@/lib/url/search-params";
import { toStanceRow } from "@/lib/timeline/stance-rows";
import { countContributions } from "@/lib/timeline/contribution-counts";
import { countryStatementsUrl, stancesUrl, timelinePayloadUrl } from "@/components/dashboard/api-urls";
import { Dashboard } from "@/components/dashboard/dashboard";
import { DashboardCharts } from "@/components/charts/dashboard-charts";
import { compareRedirectHref, isCompareView } from "@/lib/compare/compare-params";
import { pageCiteData } from "./_lib/cite/cited-view";
import { previewImage, siteUrl } from "./_lib/site-url";
import { CiteControl } from "@/components/cite/cite-control";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const sp = await searchParams;
  if (isCompareView(sp)) permanentRedirect(compareRedirectHref(sp));
  const { params } = readViewParams(sp);
  const date = params.date ?? todayIso();
  const claims = claimViewOf(params);
  // The same read as the page's below (one per request: React's cache), for its counts.
  const { categories, counts } = (params.view === "table" ? readAsOf : readBriefAsOf)(date, params.known, claims, params.group);
  const stated = Object.values(counts).reduce((a, b) => a + b, 0);
  const title = `The coalition as of ${formatLongDate(date)}: ${countries(stated)} with a stated position`;
  const description = coalitionDescription(date, counts, categories, params.known);
  // The preview image shows the same view: the claim filters, scenario, group, stale threshold and open country go with it.
  const image = `/og${serializeViewParams({ date, known: params.known, official: params.official || null, commitment: params.commitment, assume: params.assume, group: params.group, stale: params.stale, country: params.country })}`;
  const preview = previewImage(image, description);
  return {
    metadataBase: await siteUrl(),
    title,
    description,
    openGraph: { type: "website", title, description, ...preview.openGraph },
    twitter: { title, description, ...preview.twitter },
  };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  // The compare screen was `/?view=compare&…` before it became its own route: old links are
  // permanently moved (308), every other parameter kept.
  if (isCompareView(sp)) permanentRedirect(compareRedirectHref(sp));
  const db = getDb();
  const countryList = listCountries(db).map((c): [string, string] => [c.iso3, c.name]);
  // The checks the embeds make too (app/_lib/dashboard-params.ts), and the open country's.
  const { params, notices, today, date, events, claims } = readDashboardParams(db, sp, countryList.map(([iso3]) => iso3));
  const { country, group: groupKey } = params;
  // Server-rendered for the URL's date, so the table and the panel work before (and without) JS.
  // The table view shows each deciding statement's quote and sources, so it reads them; the map
  // view, its legend and charts show none of them: brief rows, whose cost does not
  // grow with the quotes and citations of 249 statements (issue #16).
  const full = params.view === "table" ? readAsOf(date, params.known, claims, groupKey) : null;
  const { categories, asOf, counts, moved, none } = full ?? readBriefAsOf(date, params.known, claims, groupKey);
  const initialRows = full ? { url: stancesUrl(date, params.known, claims, groupKey), data: full.asOf.map(toStanceRow) } : null;
  const initialPanel =
    country !== null
      ? { url: countryStatementsUrl(country, params.known), data: listCountryStatements(db, country, params.known, { withRetracted: true }) }
      : null;
  const cite = pageCiteData("/", sp, await headers());
  return (
    <>
      <Dashboard
        payloadUrl={timelinePayloadUrl(params.known)}
        countries={countryList}
        span={getDatasetSpan(db, params.known)}
        events={events.map((e) => ({ date: e.heldOn, name: e.name, slug: e.slug }))}
        initialCounts={{ date, counts, none }}
        groupEvents={events.map(({ slug, name, participants }) => ({ slug, name, participants }))}
        initialMoved={{ date, moved }}
        categories={categories}
        today={today}
        notices={notices}
        initialRows={initialRows}
        initialPanel={initialPanel}
        charts={
          <DashboardCharts
            date={date}
            known={params.known}
            categories={categories.map(({ key, label, colour }) => ({ key, label, colour }))}
            events={events.map(({ slug, name, place, heldOn }) => ({ slug, name, place, heldOn }))}
            contributions={countContributions(asOf)}
            linkParams={Object.fromEntries(new URLSearchParams(serializeViewParams({ ...params, group: groupKey, official: params.official || null, date: null, known: null, country })))}
          />
        }
        chartsDate={date}
        siteOrigin={(await siteUrl())?.origin ?? ""}
      />
      {cite ? <CiteControl initial={cite} page="/" follow /> : null}
    </>
  );
}
