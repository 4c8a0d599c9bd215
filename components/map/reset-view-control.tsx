"use client";

/** A "Reset view" button in the map's corner, under the zoom buttons, in Leaflet's own style. */
import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { DEFAULT_MAP_VIEW } from "@/lib/url/search-params";

export function ResetViewControl() {
  const map = useMap();
  useEffect(() => {
    const control = new L.Control({ position: "topleft" });
    control.onAdd = () => {
      const bar = L.DomUtil.create("div", "leaflet-bar reset-view-control");
      const button = L.DomUtil.create("button", "", bar);
      button.type = "button";
      button.textContent = "⌂";
      button.title = "Reset view (Europe)";
      button.setAttribute("aria-label", "Reset view to Europe");
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(button, "click", () => map.setView([DEFAULT_MAP_VIEW.lat, DEFAULT_MAP_VIEW.lng], DEFAULT_MAP_VIEW.zoom));
      return bar;
    };
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map]);
  return null;
}
