"use client";

/**
 * The embedded map: the dashboard's Leaflet map and legend, painted from the positions the server
 * read for the URL's view (app/embed/map), so an embed needs no timeline download and no slider.
 * The legend still filters (locally, as on the dashboard); a click on a country opens it on the
 * dashboard in a new tab, outside the frame.
 */
import { useCallback, useMemo, useState } from "react";
import { formatDate } from "@/lib/format/format";
import { ageDays, ageText } from "@/lib/staleness/age";
import { serializeViewParams, type StanceFilterKey, type ViewParams } from "@/lib/url/search-params";
import type { ChangePoint, DatePrecision, IsoDate, StanceCategory, StanceKey } from "@/lib/types";
import { Legend } from "@/components/dashboard/legend";
import { Notices } from "@/components/dashboard/notices";
import { MapLoader } from "@/components/map/map-loader";
import { noPositionDescription, type CountryDescription } from "@/components/map/tooltip-content";
import type { MapView } from "@/components/map/map-view";

export type EmbedPoint = { iso3: string; stance: StanceKey; statementId: number; statedOn: IsoDate; precision: DatePrecision; source: string | null };

export type EmbedMapProps = {
  categories: StanceCategory[];
  countries: [string, string][];
  points: EmbedPoint[];
  counts: Record<StanceKey, number>;
  none: number;
  faded: string[];
  staleDays: number | false;
  group: { label: string; size: number } | null;
  view: MapView;
  /** The dashboard's view (without the country), for the link a click on a country opens. */
  linkParams: ViewParams & { date: IsoDate };
};

export function EmbedMap({ categories, countries, points, counts, none, faded, staleDays, group, view, linkParams }: EmbedMapProps) {
  const [filterKeys, setFilterKeys] = useState<StanceFilterKey[] | null>(linkParams.stances);
  const [mapView, setMapView] = useState(view);
  // A map that cannot load its shapes says so, as on the dashboard.
  const [errors, setErrors] = useState<string[]>([]);
  const onError = useCallback((message: string) => setErrors((all) => (all.includes(message) ? all : [...all, message])), []);
  const filter = useMemo(() => (filterKeys ? new Set(filterKeys) : null), [filterKeys]);
  const names = useMemo(() => new Map(countries), [countries]);
  const byIso3 = useMemo(() => new Map(points.map((p) => [p.iso3, p])), [points]);
  const state = useMemo(() => new Map<string, ChangePoint>(points.map((p) => [p.iso3, { date: p.statedOn, stance: p.stance, statementId: p.statementId }])), [points]);
  const fadedSet = useMemo(() => new Set(faded), [faded]);
  const colours = useMemo(() => Object.fromEntries(categories.map((c) => [c.key, c.colour])) as Record<StanceKey, string>, [categories]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.key, c.label])), [categories]);

  const describe = useCallback(
    (iso3: string): CountryDescription => {
      const name = names.get(iso3) ?? iso3;
      const p = byIso3.get(iso3);
      if (!p) return noPositionDescription(name);
      const stanceLabel = labels.get(p.stance) ?? p.stance;
      const stated = formatDate(p.statedOn, p.precision);
      // The same age line as the dashboard's hover card (lib/staleness).
      const age = ageText(ageDays(p.statedOn, linkParams.date), fadedSet.has(iso3), staleDays);
      return { name, stanceLabel, statementId: p.statementId, stated, age, since: null, source: p.source, label: `${name}: ${stanceLabel}, statement of ${stated}` };
    },
    [names, byIso3, labels, linkParams.date, fadedSet, staleDays],
  );
  const open = useCallback(
    (iso3: string) => {
      const href = serializeViewParams("/", { ...linkParams, stances: filterKeys, country: iso3 });
      window.open(href, "_blank", "noopener");
    },
    [linkParams, filterKeys],
  );

  return (
    <>
      <Notices notices={errors} />
      <Legend
        categories={categories}
        counts={counts}
        none={none}
        filter={filter}
        onFilter={setFilterKeys}
        group={group}
        faded={staleDays !== false ? { count: fadedSet.size, days: staleDays } : null}
      />
      <MapLoader
        state={state}
        filter={filter}
        faded={fadedSet}
        selected={null}
        colours={colours}
        describe={describe}
        onSelect={open}
        onError={onError}
        view={mapView}
        onViewChange={setMapView}
      />
    </>
  );
}
