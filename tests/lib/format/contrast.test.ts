import { describe, expect, it } from "vitest";
import { STANCE_CATEGORIES } from "@/db/seed/categories";
import { NO_POSITION_FILL } from "@/components/map/map-style";
import { contrastRatio, DARK_INK, inkOn, LIGHT_INK } from "@/lib/format/contrast";

describe("text on a category colour (the /og tiles)", () => {
  it("reaches 4.5:1 on every category colour and on no stated position", () => {
    const fills = [...STANCE_CATEGORIES.map((c) => c.colour), NO_POSITION_FILL];
    expect(fills.length).toBeGreaterThan(7);
    for (const fill of fills) expect(contrastRatio(inkOn(fill), fill), `${inkOn(fill)} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  it("reaches 4.5:1 on any colour: a sweep over the RGB cube", () => {
    for (let r = 0; r < 256; r += 17) for (let g = 0; g < 256; g += 17) for (let b = 0; b < 256; b += 17) {
      const fill = `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
      expect(contrastRatio(inkOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("computes the WCAG ratios (known values)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(inkOn("#D55E00")).toBe(DARK_INK); // white on this orange is only 4.2:1
    expect(inkOn("#0072B2")).toBe(LIGHT_INK);
  });
});
