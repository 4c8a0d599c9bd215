"use client";

/**
 * The Leaflet map: country shapes as the base map (tiles only if NEXT_PUBLIC_TILE_URL is set),
 * framed on Europe, zoom and "reset view" controls. Loaded only in the browser (map-loader.tsx).
 */
import "leaflet/dist/leaflet.css";
import { useEffect } from "react";
import { MapContainer, TileLayer, useMap } from "react-leaflet";
import { MAX_ZOOM, MIN_ZOOM } from "@/lib/url/search-params";
import { CountryLayer, type CountryLayerProps } from "./country-layer";
import { ResetViewControl } from "./reset-view-control";
import type { MapView } from "./map-view";
import { ViewSync } from "./view-sync";

export type WorldMapProps = Omit<CountryLayerProps, "withTiles"> & {
  view: MapView;
  onViewChange: (v: MapView) => void;
};

const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL ?? "";
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? "";
// Room to pan past the antimeridian (Russia's and Fiji's eastern tips are drawn east of it).
const BOUNDS: [[number, number], [number, number]] = [[-75, -200], [86, 230]];

/** Names the map's focusable container for screen readers. */
function ContainerLabel() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", "Map of each country's stated position. Arrow keys pan, plus and minus zoom; Tab reaches the countries.");
  }, [map]);
  return null;
}

export default function WorldMap({ view, onViewChange, ...layer }: WorldMapProps) {
  return (
    <MapContainer
      center={[view.lat, view.lng]}
      zoom={view.zoom}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      maxBounds={BOUNDS}
      maxBoundsViscosity={0.8}
      className="world-map"
    >
      {TILE_URL ? <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} /> : null}
      <ContainerLabel />
      <CountryLayer {...layer} withTiles={TILE_URL !== ""} />
      <ViewSync view={view} onViewChange={onViewChange} />
      <ResetViewControl />
    </MapContainer>
  );
}
