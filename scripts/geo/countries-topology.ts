/**
 * Turns Natural Earth's 1:50m countries (world-atlas/countries-50m.json) into the map's base layer:
 * one geometry per ISO 3166-1 country, keyed by ISO3, simplified to a small TopoJSON file in which
 * every country of the input survives (Malta, Luxembourg, Vatican City included), with no ring
 * crossing the antimeridian (Leaflet draws such rings as stripes across the whole map).
 *
 * Pure: takes the parsed input topology, returns the output topology. scripts/build-geo.ts writes it.
 */
import countries from "i18n-iso-countries";
import { quantize } from "topojson-client";
import { filter, presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

type Point = number[]; // [x, y] or, after presimplify, [x, y, weight]
type Geometry = (Polygon | MultiPolygon) & { id?: string; properties?: { name: string } };
export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

export type SimplifyOptions = {
  /** Share of (non-endpoint) points kept by Visvalingam simplification, 0..1. */
  keep: number;
  /** Islands smaller than this (square degrees) are dropped... */
  minIslandArea: number;
  /** ...unless they are at least this fraction of their country's largest polygon. */
  minIslandRatio: number;
  /** Countries smaller than this (square degrees) keep all their points. */
  smallCountryArea: number;
  /** Quantization grid (points per axis) of the output. */
  quantization: number;
};

export const DEFAULT_OPTIONS: SimplifyOptions = {
  keep: 0.2,
  minIslandArea: 0.01,
  minIslandRatio: 0.15,
  smallCountryArea: 3,
  quantization: 1e5,
};

// Antarctica is not a government with a stance, and Web Mercator (Leaflet's projection) cannot
// draw it sensibly; it is the only input feature left out.
const DROPPED_IDS = new Set(["010"]);
// Natural Earth closes these rings across the 180th meridian; their negative longitudes are moved
// east by 360° so they are drawn next to the rest of the country instead of as a stripe.
const WRAP_EAST = new Set(["RUS", "FJI"]);

function ringsOf(g: Geometry): number[][][] {
  return g.type === "Polygon" ? [g.arcs] : g.arcs;
}

function ringPoints(arcs: Point[][], ring: number[]): Point[] {
  const out: Point[] = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
    out.push(...(out.length > 0 ? arc.slice(1) : arc));
  }
  return out;
}

function ringArea(points: Point[]): number {
  let area = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    area += points[j]![0]! * points[i]![1]! - points[i]![0]! * points[j]![1]!;
  }
  return Math.abs(area) / 2;
}

/**
 * One geometry per ISO3 code. Natural Earth splits a few countries (Australia and its Ashmore and
 * Cartier Islands share id 036), which are merged; features without an id (Kosovo, N. Cyprus,
 * Somaliland, Siachen Glacier, Indian Ocean Ter.) are disputed or have no ISO 3166-1 code of their
 * own: they are kept, unkeyed and named, so the map has no holes, but they are not countries.
 */
function keyByIso3(input: GeometryCollection): Geometry[] {
  const byIso3 = new Map<string, Geometry>();
  const unkeyed: Geometry[] = [];
  for (const raw of input.geometries) {
    if (raw.type !== "Polygon" && raw.type !== "MultiPolygon") continue;
    const id = raw.id === undefined ? undefined : String(raw.id);
    if (id !== undefined && DROPPED_IDS.has(id)) continue;
    const name = String((raw.properties as { name?: unknown } | undefined)?.name ?? "");
    const iso3 = id === undefined ? undefined : countries.numericToAlpha3(id);
    if (!iso3) {
      if (id !== undefined) throw new Error(`Natural Earth id ${id} (${name}) has no ISO 3166-1 alpha-3 code`);
      unkeyed.push({ type: raw.type, arcs: raw.arcs, properties: { name } } as Geometry);
      continue;
    }
    const polygons = ringsOf(raw as Geometry);
    const existing = byIso3.get(iso3);
    byIso3.set(iso3, { type: "MultiPolygon", id: iso3, arcs: existing ? [...ringsOf(existing), ...polygons] : polygons });
  }
  return [...byIso3.values(), ...unkeyed];
}

/** Exterior rings of tiny islands of large countries; rings are compared by identity in `filter`. */
function islandsToDrop(geometries: Geometry[], arcs: Point[][], o: SimplifyOptions): Set<number[]> {
  const drop = new Set<number[]>();
  for (const g of geometries) {
    const polygons = ringsOf(g);
    const areas = polygons.map((p) => ringArea(ringPoints(arcs, p[0]!)));
    const largest = Math.max(...areas);
    polygons.forEach((p, i) => {
      const area = areas[i]!;
      if (area < largest && area < o.minIslandArea && area < o.minIslandRatio * largest) drop.add(p[0]!);
    });
  }
  return drop;
}

/** Raises weights so small countries keep their detail and no ring collapses below a triangle. */
function protectSmallShapes(geometries: Geometry[], arcs: Point[][], minWeight: number, o: SimplifyOptions): void {
  for (const g of geometries) {
    const polygons = ringsOf(g);
    const total = polygons.reduce((sum, p) => sum + ringArea(ringPoints(arcs, p[0]!)), 0);
    const arcIndexes = polygons.flat(2).map((i) => (i >= 0 ? i : ~i));
    if (total < o.smallCountryArea) for (const i of arcIndexes) for (const pt of arcs[i]!) pt[2] = Infinity;
    for (const ring of polygons.flat()) {
      const interior = ring.flatMap((i) => arcs[i >= 0 ? i : ~i]!.slice(1, -1));
      const endpoints = new Set(ring.map((i) => arcs[i >= 0 ? i : ~i]![0]!.join(",")));
      const kept = endpoints.size + interior.filter((pt) => pt[2]! >= minWeight).length;
      if (kept >= 4) continue;
      interior.sort((a, b) => b[2]! - a[2]!);
      for (const pt of interior.slice(0, 4 - kept)) pt[2] = Infinity;
    }
  }
}

function wrapEast(geometries: Geometry[], arcs: Point[][]): void {
  const owners = new Map<number, Set<string>>();
  for (const g of geometries) {
    for (const i of ringsOf(g).flat(2)) {
      const a = i >= 0 ? i : ~i;
      (owners.get(a) ?? owners.set(a, new Set()).get(a)!).add(g.id ?? "?");
    }
  }
  for (const [arc, ids] of owners) {
    if (![...ids].some((id) => WRAP_EAST.has(id)) || !arcs[arc]!.some((pt) => pt[0]! < 0)) continue;
    if (ids.size > 1) throw new Error(`arc ${arc} is shared by ${[...ids].join(", ")}; cannot shift it alone`);
    for (const pt of arcs[arc]!) if (pt[0]! < 0) pt[0] = pt[0]! + 360;
  }
}

/** ISO3 (or name) of every geometry that still has a ring jumping more than 180° in longitude. */
export function antimeridianCrossings(geometries: Geometry[], arcs: Point[][]): string[] {
  const crossing: string[] = [];
  for (const g of geometries) {
    const jumps = ringsOf(g)
      .flat()
      .some((ring) => ringPoints(arcs, ring).some((pt, i, all) => i > 0 && Math.abs(pt[0]! - all[i - 1]![0]!) > 180));
    if (jumps) crossing.push(g.id ?? g.properties?.name ?? "?");
  }
  return crossing;
}

/** The simplified, ISO3-keyed, quantized countries topology. */
export function buildCountriesTopology(world: Topology, options: SimplifyOptions = DEFAULT_OPTIONS): CountriesTopology {
  const input = world.objects.countries as GeometryCollection | undefined;
  if (!input) throw new Error("input topology has no 'countries' object");
  const keyed: CountriesTopology = {
    type: "Topology",
    transform: world.transform,
    objects: { countries: { type: "GeometryCollection", geometries: keyByIso3(input) } },
    arcs: world.arcs,
  };
  const pre = presimplify(keyed) as CountriesTopology;
  const geometriesOf = (t: CountriesTopology) => t.objects.countries.geometries as Geometry[];
  const drop = islandsToDrop(geometriesOf(pre), pre.arcs, options);
  // Interior rings (holes, e.g. San Marino in Italy) are always kept: they are other countries.
  const filtered = filter(pre, (ring, interior) => interior || !drop.has(ring as unknown as number[])) as CountriesTopology;
  const minWeight = quantile(filtered, options.keep);
  protectSmallShapes(geometriesOf(filtered), filtered.arcs, minWeight, options);
  const simple = simplify(filtered, minWeight) as CountriesTopology;
  wrapEast(geometriesOf(simple), simple.arcs);
  const crossings = antimeridianCrossings(geometriesOf(simple), simple.arcs);
  if (crossings.length > 0) throw new Error(`rings still cross the antimeridian: ${crossings.join(", ")}`);
  // The bbox changed (wrapped rings reach past 180°): let quantize recompute it.
  return quantize({ ...simple, bbox: undefined, transform: undefined }, options.quantization) as CountriesTopology;
}
