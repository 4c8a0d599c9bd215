import { describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { barsBody, mapBody, stepsBody, type ShapeFeature } from "@/lib/pictures/drawings";
import { pictureHref } from "@/lib/pictures/picture-urls";

const parse = (svg: string) => new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`, "image/svg+xml");
const square = (id: string, lng: number, lat: number): ShapeFeature => ({
  type: "Feature",
  id,
  properties: {},
  // Clockwise, as d3-geo reads an exterior ring on the sphere.
  geometry: { type: "Polygon", coordinates: [[[lng, lat], [lng, lat + 2], [lng + 2, lat + 2], [lng + 2, lat], [lng, lat]]] },
});

describe("the pictures' drawings", () => {
  it("the map paints each country by the rule it is given, inside the frame", () => {
    const body = mapBody([square("FRA", 2, 46), square("DEU", 10, 50), square("-99", 20, 45)], { zoom: 4, lat: 52, lng: 14 }, (iso3) =>
      iso3 === "FRA" ? { fill: "#0072B2", fillOpacity: 0.4, stroke: "#fff", strokeWidth: 1 } : { fill: "#d9d9d9", fillOpacity: 1, stroke: "#fff", strokeWidth: 1 },
    );
    const paths = Array.from(parse(body.svg).getElementsByTagName("path"));
    expect(paths.map((p) => p.getAttribute("data-iso3"))).toEqual(["FRA", "DEU", null]);
    const fra = paths[0]!;
    expect(fra.getAttribute("fill")).toBe("#0072B2");
    expect(fra.getAttribute("fill-opacity")).toBe("0.4");
    // A small square, not the whole plane (winding read correctly), and inside the picture.
    const xs = (fra.getAttribute("d") ?? "").match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of xs) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(body.width);
    }
  });

  it("bars carry their counts and labels; steps draw one band per category and mark the date", () => {
    const bars = parse(barsBody([{ label: "Air & sea", count: 3, colour: "#123456" }, { label: "Naval", count: 0, colour: "#123456" }]).svg);
    expect(Array.from(bars.getElementsByTagName("text")).map((t) => t.textContent)).toEqual(["Air & sea", "3", "Naval", "0"]);
    const order = [{ key: "troops", colour: "#0072B2" }, { key: "refusal", colour: "#D55E00" }] as const;
    const steps = parse(stepsBody([{ date: "2025-01-01", counts: { troops: 1, refusal: 2 } as never }, { date: "2025-06-01", counts: { troops: 3, refusal: 0 } as never }], order, "2026-01-01", "2025-09-01").svg);
    expect(Array.from(steps.getElementsByTagName("polygon")).map((p) => p.getAttribute("data-category"))).toEqual(["troops", "refusal"]);
    expect(Array.from(steps.getElementsByTagName("text")).map((t) => t.textContent)).toContain("2025-09-01");
  });

  it("download links carry the view: the map its frame, filter, panel and fading; the charts only what they draw", () => {
    const view = { date: "2026-01-08", known: null, official: true, commitment: null, assume: null, group: "nato" as const, stances: ["troops" as const], stale: 90, zoom: 5, lat: 50, lng: 10, country: "FRA", q: "x", sort: null };
    const map = new URL(pictureHref("map", "png", view), "http://x");
    expect(map.pathname).toBe("/pictures/map.png");
    expect(Object.fromEntries(map.searchParams)).toEqual({ date: "2026-01-08", official: "1", group: "nato", stances: "troops", stale: "90", zoom: "5", lat: "50", lng: "10", country: "FRA" });
    const chart = new URL(pictureHref("contributions", "svg", view), "http://x");
    expect(chart.pathname).toBe("/pictures/chart/contributions.svg");
    expect(Object.fromEntries(chart.searchParams)).toEqual({ date: "2026-01-08", official: "1", group: "nato" });
  });
});
