"use client";

/**
 * The Leaflet map: country shapes as the base map (tiles only if NEXT_PUBLIC_TILE_URL is set),
 * framed on Europe, zoom and "reset view" controls. Loaded only in the browser (map-loader.tsx).
 */
import "leaflet/dist/leaflet.css";
import { useEffect, useState } from "react";
import { MapContainer, TileLayer, useMap } from "react-leaflet";
import { MapPlaceholder } from "./map-loader";
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

/**
 * True once the browser has painted the page after this component mounted. Leaflet measures its
 * container when the map is made (getSize); made in the same task as the render that inserted it,
 * that measuring forced a layout of the whole page, part of a task of about 220 ms at a phone's CPU.
 * After a paint the layout is done and the map's own set-up is a task of its own.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's layout and paint; the timeout after them.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

export default function WorldMap({ view, onViewChange, ...layer }: WorldMapProps) {
  // The placeholder has the map's box (.world-map), so the swap shifts nothing.
  if (!usePainted()) return <MapPlaceholder />;
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
