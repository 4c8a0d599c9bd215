import { describe, expect, it } from "vitest";
import { diffVersions, type VersionValues } from "@/db/statements";

const v1: VersionValues = {
  status: "published",
  countryIso3: "DEU",
  countryName: "Germany",
  statedOn: "2025-09-01",
  statedOnPrecision: "month",
  stance: "undecided",
  contributions: ["financing", "equipment"],
  conditions: null,
  quote: "noch keine konkreten Pläne",
  quoteLanguage: "de",
  quoteTranslation: "no concrete plans yet",
  translationBy: "editor",
  speaker: "Friedrich Merz",
  speakerRole: "head_of_state_or_government",
  commitment: null,
  sizeText: null,
  troopsMin: null,
  troopsMax: null,
  conditionKeys: ["ceasefire"],
  confidence: "high",
  note: null,
  source: { id: 3, title: "Nato und die Zukunft" },
};

describe("diffVersions", () => {
  it("has nothing to compare for a first version", () => {
    expect(diffVersions(null, v1)).toEqual([]);
  });

  it("is empty when a version restates the same values (contribution order ignored)", () => {
    expect(diffVersions(v1, { ...v1, contributions: ["equipment", "financing"] })).toEqual([]);
  });

  it("lists each changed field with display values, in a fixed order", () => {
    const v2: VersionValues = { ...v1, stance: "support_only", conditions: "after a ceasefire", quote: "neu", contributions: [] };
    expect(diffVersions(v1, v2)).toEqual([
      { field: "stance", label: "Stance", before: "undecided", after: "support_only" },
      { field: "contributions", label: "Contributions", before: "equipment, financing", after: null },
      { field: "conditions", label: "Conditions", before: null, after: "after a ceasefire" },
      { field: "quote", label: "Quote", before: "noch keine konkreten Pläne", after: "neu" },
    ]);
  });

  it("sees a precision change even on the same stored day", () => {
    expect(diffVersions(v1, { ...v1, statedOnPrecision: "day" })).toEqual([
      { field: "statedOn", label: "Stated on", before: "2025-09 (month precision)", after: "2025-09-01" },
    ]);
  });

  it("reports a retraction as a status change only", () => {
    expect(diffVersions(v1, { ...v1, status: "retracted" })).toEqual([
      { field: "status", label: "Status", before: "published", after: "retracted" },
    ]);
  });

  it("compares sources by id and countries by code", () => {
    expect(diffVersions(v1, { ...v1, source: { id: 3, title: "Renamed" } })).toEqual([]);
    expect(diffVersions(v1, { ...v1, source: { id: 4, title: "Other" }, countryIso3: "AUT", countryName: "Austria" })).toEqual([
      { field: "country", label: "Country", before: "Germany (DEU)", after: "Austria (AUT)" },
      { field: "source", label: "Source", before: "Nato und die Zukunft (#3)", after: "Other (#4)" },
    ]);
  });
});
