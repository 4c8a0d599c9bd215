/** The map's base layer keeps every country, small states included, and draws no stripes. */
import fs from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCountriesTopology, type CountriesTopology } from "@/scripts/geo/countries-topology";

let topology: CountriesTopology;
let features: Map<string, Feature<Polygon | MultiPolygon>>;

const ringArea = (ring: number[][]) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return Math.abs(a) / 2;
};
const polygonsOf = (f: Feature<Polygon | MultiPolygon>) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);

describe("buildCountriesTopology", { timeout: 60_000 }, () => {
  beforeAll(() => {
    const world = JSON.parse(fs.readFileSync(path.resolve("node_modules/world-atlas/countries-50m.json"), "utf8")) as Topology;
    topology = buildCountriesTopology(world);
    const fc = feature(topology, topology.objects.countries);
    features = new Map(fc.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f as Feature<Polygon | MultiPolygon>]));
  });

  it("keys every Natural Earth country by ISO3, one feature each, Antarctica left out", () => {
    expect(features.size).toBe(234);
    for (const id of features.keys()) expect(id).toMatch(/^[A-Z]{3}$/);
    expect(features.has("ATA")).toBe(false);
    expect(topology.objects.countries.geometries.filter((g) => g.id === "AUS")).toHaveLength(1);
  });

  it("keeps the coalition's small members as real shapes", () => {
    for (const iso3 of ["EST", "LUX", "MLT", "CYP", "ISL", "VAT", "MCO", "SMR", "LIE", "AND"]) {
      const f = features.get(iso3);
      expect(f, iso3).toBeDefined();
      const largest = Math.max(...polygonsOf(f!).map((p) => ringArea(p[0]!)));
      expect(largest, iso3).toBeGreaterThan(0);
    }
  });

  it("leaves no ring crossing the antimeridian (Russia and Fiji are drawn east of it)", () => {
    for (const [iso3, f] of features) {
      for (const ring of polygonsOf(f).flat()) {
        for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), iso3).toBeLessThanOrEqual(180);
      }
    }
    const chukotka = polygonsOf(features.get("RUS")!).flat(2).some(([x]) => x! > 180);
    expect(chukotka).toBe(true);
  });

  it("stays small", () => {
    expect(JSON.stringify(topology).length).toBeLessThan(300_000);
  });
});
