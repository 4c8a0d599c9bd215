import type { Metadata } from "next";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { listCountryStatements } from "@/db/statements";
import { listCountries } from "@/db/reference";
import { listEvents } from "@/db/events";
import { getDatasetSpan } from "@/db/statements";
import { readAsOf } from "@/components/dashboard/read-as-of";
import { coalitionDescription } from "@/lib/coalition-summary";
import { todayIso } from "@/lib/dates";
import { countries, formatLongDate } from "@/lib/format";
import { readViewParams, serializeViewParams } from "@/lib/search-params";
import { toStanceRow } from "@/lib/stance-rows";
import { countryStatementsUrl, stancesUrl, timelinePayloadUrl } from "@/components/dashboard/api-urls";
import { StanceGroups } from "@/components/coalition/stance-groups";
import { Dashboard } from "@/components/dashboard/dashboard";
import { CompareScreen, compareTitle } from "@/components/compare/compare-screen";
import { DashboardCharts } from "@/components/charts/dashboard-charts";
import { isCompareView } from "@/lib/compare-params";
import { publicOrigin } from "@/lib/public-origin";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Absolute base for link previews: SITE_URL if configured, else the Host the request came to (see
 * lib/public-origin.ts). Host and X-Forwarded-Proto are what scripts/serve.ts has made them: a
 * client's forwarding headers are never believed unless it is a trusted proxy.
 */
async function siteUrl(): Promise<URL | null> {
  const h = await headers();
  const origin = publicOrigin({ siteUrl: process.env.SITE_URL, host: h.get("host"), proto: h.get("x-forwarded-proto") });
  return origin === null ? null : new URL(origin);
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const sp = await searchParams;
  if (isCompareView(sp)) return { title: compareTitle(sp) };
  const { params } = readViewParams(sp);
  const date = params.date ?? todayIso();
  const { categories, counts } = readAsOf(date, params.known);
  const stated = Object.values(counts).reduce((a, b) => a + b, 0);
  const title = `The coalition as of ${formatLongDate(date)}: ${countries(stated)} with a stated position`;
  const description = coalitionDescription(date, counts, categories, params.known);
  const image = `/og${serializeViewParams({ date, known: params.known })}`;
  return {
    metadataBase: await siteUrl(),
    title,
    description,
    openGraph: {
      type: "website",
      title,
      description,
      images: [{ url: image, width: 1200, height: 630, alt: description }],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  // view=compare is its own screen (components/compare), with its own parameters.
  if (isCompareView(sp)) return <CompareScreen searchParams={sp} />;
  const { params, notices } = readViewParams(sp);
  const db = getDb();
  const today = todayIso();
  const date = params.date ?? today;
  const countryList = listCountries(db).map((c): [string, string] => [c.iso3, c.name]);
  let country = params.country;
  if (country !== null && !countryList.some(([iso3]) => iso3 === country)) {
    notices.push(`Ignored country="${country}": no country has that code; no country panel is open.`);
    country = null;
  }
  // Server-rendered for the URL's date, so the table and the panel work before (and without) JS.
  const { categories, asOf, counts } = readAsOf(date, params.known);
  const initialRows = params.view === "table" ? { url: stancesUrl(date, params.known), data: asOf.map(toStanceRow) } : null;
  const initialPanel =
    country !== null
      ? { url: countryStatementsUrl(country, params.known), data: listCountryStatements(db, country, params.known) }
      : null;
  return (
    <Dashboard
      payloadUrl={timelinePayloadUrl(params.known)}
      countries={countryList}
      span={getDatasetSpan(db, params.known)}
      events={listEvents(db).map((e) => ({ date: e.heldOn, name: e.name, slug: e.slug }))}
      initialCounts={{ date, counts, none: Math.max(0, countryList.length - asOf.length) }}
      categories={categories}
      today={today}
      notices={notices}
      initialRows={initialRows}
      initialPanel={initialPanel}
      charts={
        <DashboardCharts
          date={date}
          known={params.known}
          linkParams={Object.fromEntries(new URLSearchParams(serializeViewParams({ ...params, date: null, known: null, country })))}
        />
      }
      chartsDate={date}
      noscript={
        params.view === "map" ? (
          <>
            {/* Without JavaScript the map never loads: hide its placeholder, show the table. */}
            <style>{".map-placeholder { display: none; }"}</style>
            <p>The map needs JavaScript; here is the same view as a table.</p>
            <StanceGroups categories={categories} statements={asOf} />
          </>
        ) : undefined
      }
    />
  );
}
