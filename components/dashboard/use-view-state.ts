"use client";

/**
 * The dashboard's view state, read from and written to the URL through nuqs with the shared
 * parsers (lib/url/search-params.ts). Updates are shallow: the URL changes, the server is not asked.
 */
import { throttle, useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { claimViewOf, DEFAULT_MAP_VIEW, viewParsers, type StanceFilterKey, type ViewParams } from "@/lib/url/search-params";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { IsoDate } from "@/lib/types";
import { isDefaultView, type MapView } from "@/components/map/map-view";

export type ViewUpdate = Partial<ViewParams>;

export function useViewState(today: IsoDate) {
  const [params, setParams] = useQueryStates(viewParsers, { shallow: true, history: "replace", scroll: false });
  const date = params.date ?? today;
  // lat and lng only count together (the server drops a lone one with a notice).
  const hasCentre = params.lat !== null && params.lng !== null;
  const mapView: MapView = useMemo(
    () => ({
      zoom: params.zoom ?? DEFAULT_MAP_VIEW.zoom,
      lat: hasCentre ? params.lat! : DEFAULT_MAP_VIEW.lat,
      lng: hasCentre ? params.lng! : DEFAULT_MAP_VIEW.lng,
    }),
    [params.zoom, params.lat, params.lng, hasCentre],
  );
  const { official, commitment, assume } = params;
  // Kept by its three values: the filtered timeline is recomputed only when one of them changes.
  const claimView = useMemo(() => claimViewOf({ official, commitment, assume }), [official, commitment, assume]);
  const filter = useMemo(() => (params.stances ? new Set<StanceFilterKey>(params.stances) : null), [params.stances]);

  // The state changes at once; the address bar follows at most 5 times a second while the slider
  // is dragged or played (each history update costs the browser a few milliseconds).
  const setDate = useCallback((d: IsoDate) => void setParams({ date: d }, { limitUrlUpdates: throttle(200) }), [setParams]);
  // Opening a panel or switching views is a step a reader may want to go back from.
  const setCountry = useCallback((iso3: string | null) => void setParams({ country: iso3 }, { history: "push" }), [setParams]);
  const setView = useCallback((view: ViewParams["view"]) => void setParams({ view }, { history: "push" }), [setParams]);
  const setFilter = useCallback(
    (keys: StanceFilterKey[] | null) => void setParams({ stances: keys && keys.length > 0 ? keys : null }),
    [setParams],
  );
  // The table's order is a step worth going back to; each keystroke of the filter is not.
  const setSort = useCallback((sort: ViewParams["sort"]) => void setParams({ sort }, { history: "push" }), [setParams]);
  const setQuery = useCallback((q: string | null) => void setParams({ q }, { limitUrlUpdates: throttle(300) }), [setParams]);
  // The claim filters and scenario change what the server renders too (the charts for the page's
  // date, the notices), so they ask it (not shallow), as a step the reader may go back from.
  const setClaimView = useCallback(
    (v: ClaimView) =>
      void setParams({ official: v.official ? true : null, commitment: v.commitment, assume: v.assume }, { shallow: false, history: "push" }),
    [setParams],
  );
  // Like the claim view: the server renders the charts for the group too.
  const setGroup = useCallback((group: ViewParams["group"]) => void setParams({ group }, { shallow: false, history: "push" }), [setParams]);
  const setMapView = useCallback(
    (v: MapView) =>
      void setParams(isDefaultView(v) ? { zoom: null, lat: null, lng: null } : { zoom: v.zoom, lat: v.lat, lng: v.lng }),
    [setParams],
  );
  return { params, date, mapView, filter, claimView, setDate, setCountry, setView, setFilter, setClaimView, setGroup, setMapView, setSort, setQuery };
}
