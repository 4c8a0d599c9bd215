import { describe, expect, it } from "vitest";
import { fadedCountries, parseStale, positionAges } from "@/lib/staleness/age";
import type { StanceKey, StatementFact } from "@/lib/types";

const f = (statementId: number, countryIso3: string, statedOn: string, stance: StanceKey, retracted = false): StatementFact => ({ statementId, countryIso3, statedOn, stance, retracted });

describe("parseStale", () => {
  it.each([["180", 180], ["1", 1], ["3650", 3650], ["off", false]] as const)("reads %s", (s, v) => expect(parseStale(s)).toBe(v));
  it.each(["0", "-5", "3651", "1.5", "OFF", "", "180d", "99999"])("refuses %j", (s) => expect(parseStale(s)).toBeNull());
});

describe("position ages", () => {
  const facts = [
    f(1, "FRA", "2025-01-01", "troops"),
    f(2, "FRA", "2025-06-01", "troops"), // a reaffirmation: resets the age
    f(3, "DEU", "2025-01-01", "undecided"),
    f(4, "DEU", "2025-03-01", "refusal"), // a change
    f(5, "ITA", "2025-02-01", "troops"),
    f(6, "ITA", "2025-05-01", "undecided", true), // retracted: does not count
    f(7, "POL", "2026-01-01", "troops"), // after the date
  ];

  it("counts from the latest statement, a reaffirmation resetting the age", () => {
    const ages = positionAges(facts, "2025-07-01");
    expect(ages.get("FRA")).toEqual({ stance: "troops", since: "2025-06-01", days: 30 });
    expect(ages.get("DEU")).toEqual({ stance: "refusal", since: "2025-03-01", days: 122 });
    expect(ages.get("ITA")).toEqual({ stance: "troops", since: "2025-02-01", days: 150 });
    expect(ages.has("POL")).toBe(false);
  });

  it("fades positions older than the threshold, none when off", () => {
    const ages = positionAges(facts, "2025-07-01");
    expect([...fadedCountries(ages, 120)].sort()).toEqual(["DEU", "ITA"]);
    // Exactly at the threshold is not older than it.
    expect([...fadedCountries(ages, 150)]).toEqual([]);
    expect([...fadedCountries(ages, 149)]).toEqual(["ITA"]);
    expect(fadedCountries(ages, false).size).toBe(0);
  });
});
