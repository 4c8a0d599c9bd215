/** What the benchmarks need to know about the dashboard page: when it is drawn, where its shapes are. */
import fs from "node:fs";
import path from "node:path";

/** Drawn = a country path painted with its stance (the map) and a chart's SVG (recharts). */
export const DRAWN_SELECTORS = "path[data-iso3][data-stance],.recharts-surface";

/** The map geometry's URL from the manifest scripts/build-geo.ts writes, or "" before a build. */
export function geometryUrl(root = process.cwd()): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, "public", "geo", "manifest.json"), "utf8")) as { url: string }).url;
  } catch {
    return "";
  }
}
