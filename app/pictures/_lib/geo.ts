import "server-only";
import fs from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { ShapeFeature } from "@/lib/pictures/drawings";

let shapes: ShapeFeature[] | null = null;

/**
 * The map's country shapes on the server: the same generated file the browser's map loads
 * (public/geo/, scripts/build-geo.ts, named by its manifest), read once per process.
 * @throws Error when the shapes were not built (no `npm run build` / `npm run geo:build`).
 */
export function countryShapes(): ShapeFeature[] {
  if (shapes) return shapes;
  const dir = path.join(process.cwd(), "public", "geo");
  const { url } = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { url: string };
  const topology = JSON.parse(fs.readFileSync(path.join(dir, path.basename(url)), "utf8")) as Topology<{ countries: GeometryCollection }>;
  shapes = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>).features as ShapeFeature[];
  return shapes;
}
