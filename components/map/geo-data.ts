/**
 * The country shapes: a static, content-hashed TopoJSON file (scripts/build-geo.ts) fetched once
 * per page and converted to GeoJSON in the browser. Kept out of the JavaScript bundle on purpose:
 * the browser caches it for a year and the page's scripts stay small.
 */
import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { runInSlices, yieldToBrowser } from "@/lib/timeline/slices";

export type CountryFeature = Feature<Polygon | MultiPolygon, { name?: string }> & { id?: string };

/** URL of the shapes file, inlined at build time by next.config.ts. */
export const GEO_URL = process.env.NEXT_PUBLIC_GEO_URL ?? "";

let pending: Promise<CountryFeature[]> | null = null;

/** Loads the shapes (once per page: remounting the map, e.g. after the table view, reuses them). */
export function loadCountryShapes(): Promise<CountryFeature[]> {
  if (!GEO_URL) return Promise.reject(new Error("The map's shapes were not built (NEXT_PUBLIC_GEO_URL is empty)."));
  pending ??= fetch(GEO_URL)
    .then((res) => {
      if (!res.ok) throw new Error(`The map's shapes could not be loaded (HTTP ${res.status}).`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then(async (topology) => (await toFeaturesInSlices(topology)) ?? [])
    .catch((err: unknown) => {
      pending = null; // let a later mount try again
      throw err;
    });
  return pending;
}

/**
 * The TopoJSON's countries as GeoJSON features, one geometry at a time in slices (lib/timeline/slices.ts):
 * converting all ~240 in one go (arcs decoded and transformed, rings built) was a task of about
 * 140 ms at a phone's CPU, right when the map appears. Same result as `feature(topology, countries).features`.
 */
function toFeaturesInSlices(topology: Topology<{ countries: GeometryCollection }>): Promise<CountryFeature[] | null> {
  const out: CountryFeature[] = [];
  return runInSlices(
    (function* () {
      for (const geometry of topology.objects.countries.geometries) {
        out.push(feature(topology, geometry) as CountryFeature);
        yield;
      }
      return out;
    })(),
    yieldToBrowser,
  );
}

/**
 * Where to anchor a country's label when it is focused by keyboard: the middle of its largest
 * polygon (France's centre, not French Guiana's), as [lat, lng].
 */
export function labelAnchor(f: CountryFeature): [number, number] {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: number[][] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x = 0, y = 0] of ring) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    const area = (maxX - minX) * (maxY - minY);
    if (area > bestArea) {
      bestArea = area;
      best = [[minX, minY], [maxX, maxY]];
    }
  }
  const [[x0 = 0, y0 = 0] = [], [x1 = 0, y1 = 0] = []] = best;
  return [(y0 + y1) / 2, (x0 + x1) / 2];
}

/** Area in square degrees of the box around all of a country's polygons (small states get a thicker outline). */
export function bboxArea(f: CountryFeature): number {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x = 0, y = 0] of ring) {
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
        minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
    }
  }
  return minX === Infinity ? 0 : (maxX - minX) * (maxY - minY);
}
