"use client";

/**
 * Leaflet needs `window`, so the map is loaded in the browser only; until it arrives (or without
 * JavaScript) a placeholder of the same size points to the table view, which shows the same data.
 */
import dynamic from "next/dynamic";
import type { WorldMapProps } from "./world-map";

function MapPlaceholder() {
  return (
    <div className="world-map map-placeholder" aria-busy="true">
      <p>Loading the map…</p>
    </div>
  );
}

const WorldMap = dynamic(() => import("./world-map"), { ssr: false, loading: MapPlaceholder });

export function MapLoader(props: WorldMapProps) {
  return <WorldMap {...props} />;
}
