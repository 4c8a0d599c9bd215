import type { Metadata } from "next";
import { formatLongDate } from "@/lib/format/format";
import { DEFAULT_MAP_VIEW } from "@/lib/url/search-params";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedMap, type EmbedPoint } from "@/components/embed/embed-map";
import { readEmbedView, type EmbedSearchParams } from "../_lib/embed-view";

export async function generateMetadata({ searchParams }: { searchParams: EmbedSearchParams }): Promise<Metadata> {
  const { date } = await readEmbedView(searchParams);
  return { title: `Map of stated positions as of ${formatLongDate(date)}` };
}

/** /embed/map: the dashboard's map and legend for the URL's view, to be framed by any site. */
export default async function EmbedMapPage({ searchParams }: { searchParams: EmbedSearchParams }) {
  const view = await readEmbedView(searchParams);
  const { params, date, asOf, counts, none, faded, stale, categories, countries, group } = view;
  const points = asOf.map(
    (r): EmbedPoint => ({
      iso3: r.countryIso3,
      stance: r.stance,
      statementId: r.id,
      statedOn: r.statedOn,
      precision: r.statedOnPrecision,
      source: r.source ? [r.source.title, r.source.publisher].filter(Boolean).join(", ") : null,
    }),
  );
  return (
    <EmbedFrame kind="map" title="Stated positions" date={date} known={params.known} notices={view.notices} dashboardHref={view.dashboardHref} liveHref={view.liveHref}>
      <EmbedMap
        categories={categories}
        countries={countries}
        points={points}
        counts={counts}
        // "No stated position" and the faded positions as the one view reader counts them (db/views/view-as-of.ts).
        none={none}
        faded={[...faded]}
        staleDays={stale}
        group={group ? { label: group.label, size: group.size } : null}
        view={{ zoom: params.zoom ?? DEFAULT_MAP_VIEW.zoom, lat: params.lat ?? DEFAULT_MAP_VIEW.lat, lng: params.lng ?? DEFAULT_MAP_VIEW.lng }}
        linkParams={{ ...params, official: params.official || null, date, country: null }}
      />
    </EmbedFrame>
  );
}
