"use client";

/**
 * Keeps the map's view and the URL's zoom/lat/lng in step. MapContainer's props only apply at
 * mount, so later changes of the URL (back button, "reset view") are applied here with setView,
 * and the user's pans and zooms are written back to the URL when they end.
 */
import { useEffect } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { DEFAULT_MAP_VIEW } from "@/lib/search-params";

export type MapView = { zoom: number; lat: number; lng: number };

// Closer than this (degrees) counts as the same place: the URL keeps 4 decimals.
const EPSILON = 1e-3;

export function isDefaultView(v: MapView): boolean {
  return (
    v.zoom === DEFAULT_MAP_VIEW.zoom &&
    Math.abs(v.lat - DEFAULT_MAP_VIEW.lat) < EPSILON &&
    Math.abs(v.lng - DEFAULT_MAP_VIEW.lng) < EPSILON
  );
}

export function ViewSync({ view, onViewChange }: { view: MapView; onViewChange: (v: MapView) => void }) {
  const map = useMap();
  const { zoom, lat, lng } = view;

  useEffect(() => {
    const c = map.getCenter();
    if (map.getZoom() !== zoom || Math.abs(c.lat - lat) > EPSILON || Math.abs(c.lng - lng) > EPSILON) {
      map.setView([lat, lng], zoom, { animate: false });
    }
  }, [map, zoom, lat, lng]);

  useMapEvents({
    moveend() {
      const c = map.getCenter();
      onViewChange({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    },
  });
  return null;
}
