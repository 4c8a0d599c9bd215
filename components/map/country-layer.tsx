"use client";

/**
 * The countries as Leaflet paths, painted imperatively: when the date (or filter, or selection)
 * changes, only the paths whose look changed get `setStyle` and new attributes, so a slider step
 * costs a few DOM writes instead of re-rendering ~240 React components.
 *
 * Each path carries data-iso3, data-stance (the stance shown, or "none"), an aria-label, and is
 * focusable (tab stop when it has a stated position); Enter or Space opens the country's panel.
 */
import L from "leaflet";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useMap } from "react-leaflet";
import { runInSlices, yieldToBrowser } from "@/lib/timeline/slices";
import type { StanceFilterKey } from "@/lib/url/search-params";
import type { ChangePoint, StanceKey } from "@/lib/types";
import { bboxArea, labelAnchor, loadCountryShapes, type CountryFeature } from "./geo-data";
import { countryStyle, sameLook, UNASSIGNED_STYLE, type CountryLook } from "./map-style";
import { tooltipContent, type CountryDescription } from "./tooltip-content";

export type CountryLayerProps = {
  state: ReadonlyMap<string, ChangePoint>;
  filter: ReadonlySet<StanceFilterKey> | null;
  /** Countries whose position is older than the view's stale= threshold. */
  faded?: ReadonlySet<string> | null;
  selected: string | null;
  colours: Record<StanceKey, string>;
  withTiles: boolean;
  describe: (iso3: string) => CountryDescription;
  onSelect: (iso3: string, viaKeyboard: boolean) => void;
  onError: (message: string) => void;
};

type CountryPath = { layer: L.Path; element: SVGElement; small: boolean };

const SHAPES_ATTRIBUTION = "Shapes: Natural Earth";

// Square degrees of bounding box under which a country is "small" (see map-style.ts).
const SMALL_BBOX = 1.5;

/** How a country is to be painted under the given props. */
function lookOf(iso3: string, small: boolean, props: CountryLayerProps): CountryLook {
  const point = props.state.get(iso3) ?? null;
  const stance = point?.stance ?? null;
  return {
    stance,
    statementId: point?.statementId ?? null,
    dimmed: props.filter !== null && !props.filter.has(stance ?? "none"),
    selected: iso3 === props.selected,
    faded: stance !== null && (props.faded?.has(iso3) ?? false),
    small,
  };
}

export function CountryLayer(props: CountryLayerProps) {
  const map = useMap();
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const [paths, setPaths] = useState<Map<string, CountryPath> | null>(null);
  const applied = useRef(new Map<string, CountryLook>());

  // Build the paths once per map.
  useEffect(() => {
    let cancelled = false;
    let group: L.GeoJSON | null = null;
    const lookups = applied.current;
    loadCountryShapes()
      .then(async (features) => {
        if (cancelled) return;
        const built = new Map<string, CountryPath>();
        // Each path gets its final look as it is added (no flash of Leaflet's default blue);
        // the repaint effect below then sets its attributes. Whether it is small is worked out in
        // the same slice as its path (below), not for every country up front.
        const small = new Map<CountryFeature, boolean>();
        // The attribution goes on the control once, not in these options: a GeoJSON layer hands its
        // options to every path it makes, and each path added with an attribution rewrites the
        // control's innerHTML (240 rewrites, the largest single cost of drawing the map at 4x CPU).
        map.attributionControl?.addAttribution(SHAPES_ATTRIBUTION);
        group = L.geoJSON(undefined, {
          style: (f) => {
            const iso3 = (f as CountryFeature | undefined)?.id;
            if (!iso3) return UNASSIGNED_STYLE;
            const props = latest.current;
            return { ...countryStyle(lookOf(iso3, small.get(f as CountryFeature) ?? false, props), props.colours, props.withTiles), interactive: true };
          },
          onEachFeature: (f: CountryFeature, layer) => {
            const iso3 = f.id;
            if (!iso3 || !(layer instanceof L.Path)) return;
            const anchor = labelAnchor(f);
            layer.bindTooltip(() => tooltipContent(latest.current.describe(iso3)), { sticky: true, direction: "top", opacity: 1, className: "country-tooltip" });
            layer.on("click", () => latest.current.onSelect(iso3, false));
            layer.on("add", () => {
              const element = layer.getElement() as SVGElement | undefined;
              if (!element) return;
              element.setAttribute("data-iso3", iso3);
              element.setAttribute("role", "button");
              element.addEventListener("keydown", (e) => {
                if (e.key !== "Enter" && e.key !== " ") return;
                e.preventDefault();
                latest.current.onSelect(iso3, true);
              });
              element.addEventListener("focus", () => {
                // A keyboard user must see what has focus: bring an off-screen country into view.
                if (!map.getBounds().contains(anchor)) map.panTo(anchor);
                layer.openTooltip(anchor);
              });
              element.addEventListener("blur", () => layer.closeTooltip());
              built.set(iso3, { layer, element, small: small.get(f) ?? false });
            });
          },
        }).addTo(map);
        // Adding ~240 paths is a few hundred ms of work: in slices, so the page answers input meanwhile.
        const target = group;
        const added = await runInSlices(
          (function* () {
            for (const f of features) {
              small.set(f, bboxArea(f) < SMALL_BBOX);
              yield target.addData(f);
            }
            return true;
          })(),
          yieldToBrowser,
          { shouldStop: () => cancelled },
        );
        if (added === null) return;
        setPaths(built);
      })
      .catch((err: unknown) => {
        if (!cancelled) latest.current.onError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
      if (group) {
        group.remove();
        map.attributionControl?.removeAttribution(SHAPES_ATTRIBUTION);
      }
      lookups.clear();
    };
  }, [map]);

  const { state, filter, faded, selected, colours, withTiles } = props;
  // New colours or tiles mean every path must be repainted (declared first: effects run in order).
  useEffect(() => {
    applied.current.clear();
  }, [colours, withTiles]);

  // Repaint what changed.
  useEffect(() => {
    if (!paths) return;
    const started = performance.now();
    let repainted = 0;
    const shown = { ...latest.current, state, filter, faded, selected };
    for (const [iso3, path] of paths) {
      const look = lookOf(iso3, path.small, shown);
      const { stance } = look;
      const before = applied.current.get(iso3);
      if (sameLook(before, look)) continue;
      applied.current.set(iso3, look);
      repainted += 1;
      path.layer.setStyle(countryStyle(look, colours, withTiles));
      const { element } = path;
      element.setAttribute("data-stance", stance ?? "none");
      element.setAttribute("tabindex", stance && !look.dimmed ? "0" : "-1");
      element.setAttribute("aria-label", latest.current.describe(iso3).label);
      if (look.faded) element.setAttribute("data-faded", "true");
      else element.removeAttribute("data-faded");
      if (look.dimmed) element.setAttribute("data-dimmed", "true");
      else element.removeAttribute("data-dimmed");
      if (look.selected) path.layer.bringToFront();
    }
    // Visible in the browser's performance timeline (and to tests): how long a repaint took.
    performance.clearMeasures("map-repaint"); // keep only the latest: the entries would pile up
    performance.measure("map-repaint", { start: started, detail: { repainted } });
  }, [paths, state, filter, faded, selected, colours, withTiles]);

  return null;
}
