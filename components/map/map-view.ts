/**
 * The map's view as the URL holds it. Kept apart from the Leaflet components so the dashboard can
 * use it without pulling react-leaflet into the page's first JavaScript.
 */
import { DEFAULT_MAP_VIEW } from "@/lib/url/search-params";

export type MapView = { zoom: number; lat: number; lng: number };

// Closer than this (degrees) counts as the same place: the URL keeps 4 decimals.
export const VIEW_EPSILON = 1e-3;

export function isDefaultView(v: MapView): boolean {
  return (
    v.zoom === DEFAULT_MAP_VIEW.zoom &&
    Math.abs(v.lat - DEFAULT_MAP_VIEW.lat) < VIEW_EPSILON &&
    Math.abs(v.lng - DEFAULT_MAP_VIEW.lng) < VIEW_EPSILON
  );
}
