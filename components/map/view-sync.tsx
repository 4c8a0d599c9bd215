"use client";

/**
 * Keeps the map's view and the URL's zoom/lat/lng in step. MapContainer's props only apply at
 * mount, so later changes of the URL (back button, "reset view") are applied here with setView,
 * and the user's pans and zooms are written back to the URL when they end.
 */
import { useEffect } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { VIEW_EPSILON as EPSILON, type MapView } from "./map-view";

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
