import { describe, expect, it } from "vitest";
import { packBriefRow, unpackBriefRow, type BriefSource } from "@/lib/timeline/brief-rows";

const full: BriefSource = {
  countryIso3: "FRA",
  stance: "troops",
  id: 4711,
  statedOn: "2025-09",
  statedOnPrecision: "month",
  commitment: "pledged",
  contributions: ["ground", "air"],
  sizeText: "several thousand soldiers",
  troopsMin: 0,
  troopsMax: 5000,
};
const bare: BriefSource = { ...full, statedOn: "2025-09-04", statedOnPrecision: "day", commitment: null, contributions: [], sizeText: null, troopsMin: null, troopsMax: null };

const expected = (s: BriefSource) => ({
  iso3: s.countryIso3,
  stance: s.stance,
  statementId: s.id,
  statedOn: s.statedOn,
  statedOnPrecision: s.statedOnPrecision,
  commitment: s.commitment,
  contributions: s.contributions,
  sizeText: s.sizeText,
  troopsMin: s.troopsMin,
  troopsMax: s.troopsMax,
});

describe("brief rows", () => {
  it("come back as they went in, through JSON (the flight data), whichever fields are empty", () => {
    const cases: BriefSource[] = [
      full,
      bare,
      { ...bare, troopsMax: 300 }, // a value after empty ones keeps their places
      { ...bare, contributions: ["naval"] },
      { ...bare, commitment: "floated", troopsMin: 0 }, // 0 is a value, not an empty one
      { ...full, contributions: [], sizeText: null },
    ];
    for (const s of cases) expect(unpackBriefRow(JSON.parse(JSON.stringify(packBriefRow(s))))).toEqual(expected(s));
  });

  it("leave trailing empty values off, so a bare row is five values", () => {
    expect(packBriefRow(bare)).toEqual(["FRA", "troops", 4711, "2025-09-04", 0]);
    expect(packBriefRow({ ...bare, troopsMin: 0 })).toEqual(["FRA", "troops", 4711, "2025-09-04", 0, null, [], null, 0]);
  });
});
