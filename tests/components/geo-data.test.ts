import { describe, expect, it } from "vitest";
import { bboxArea, labelAnchor, type CountryFeature } from "@/components/map/geo-data";

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe("country shapes", () => {
  it("measures the box around all of a country's polygons", () => {
    const malta: CountryFeature = { type: "Feature", id: "MLT", properties: {}, geometry: { type: "Polygon", coordinates: [square(14, 35.8, 0.5)] } };
    expect(bboxArea(malta)).toBeCloseTo(0.25);
    // Two islands far apart: the box spans both (as Leaflet's bounds did), not just the larger one.
    const islands: CountryFeature = {
      type: "Feature",
      id: "XXX",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: [[square(0, 0, 2)], [square(10, 10, 1)]] },
    };
    expect(bboxArea(islands)).toBe(11 * 11);
    expect(labelAnchor(islands)).toEqual([1, 1]);
  });

  it("gives 0 for an empty geometry", () => {
    expect(bboxArea({ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [] } })).toBe(0);
  });
});
