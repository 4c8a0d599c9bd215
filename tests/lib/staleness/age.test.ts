import { describe, expect, it } from "vitest";
import { ageDays, ageText, describeAge, fadedCountries, isStale, parseStale, positionAges, staleThreshold } from "@/lib/staleness/age";
import { MASTER_COLUMNS, isRowStale } from "@/lib/timeline/master-table";
import type { StanceRow } from "@/lib/timeline/stance-rows";
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

describe("the age as the views show it", () => {
  it("says how long ago the position was stated", () => {
    expect(describeAge(0)).toBe("stated today");
    expect(describeAge(1)).toBe("stated 1 day ago");
    expect(describeAge(412)).toBe("stated 412 days ago");
    expect(ageDays("2025-01-01", "2026-02-17")).toBe(412);
  });

  it("adds the fade to the age line only when the view fades the position", () => {
    expect(ageText(412, false, 180)).toBe("stated 412 days ago");
    expect(ageText(412, true, 180)).toBe("stated 412 days ago (faded: older than 180 days)");
    expect(ageText(0, false, false)).toBe("stated today");
  });

  it("uses the default threshold when the URL has none, and none with off", () => {
    expect(staleThreshold(null)).toBe(180);
    expect(staleThreshold(undefined)).toBe(180);
    expect(staleThreshold(30)).toBe(30);
    expect(staleThreshold(false)).toBe(false);
    expect(isStale("2025-01-01", "2025-07-01", staleThreshold(null))).toBe(true);
    expect(isStale("2025-01-01", "2025-07-01", false)).toBe(false);
  });

  it("gives the table the same age and stale mark as the map, a reaffirmation resetting both", () => {
    const facts = [f(1, "FRA", "2025-01-01", "troops"), f(2, "FRA", "2025-06-01", "troops"), f(3, "DEU", "2025-01-01", "refusal")];
    const date = "2025-07-01";
    const ages = positionAges(facts, date);
    const age = MASTER_COLUMNS.find((c) => c.key === "age")!;
    const ctx = { date, stances: [], stale: 60 as const };
    for (const [iso3, a] of ages) {
      // The table's row is the deciding statement's: the latest (the reaffirmation for FRA).
      const r = { statedOn: a.since } as StanceRow;
      expect(age.sortValue(r, ctx)).toBe(a.days);
      expect(isRowStale(r, ctx)).toBe(fadedCountries(ages, 60).has(iso3));
    }
    // France reaffirmed a month ago: not stale at 60 days, though its first statement is six months old.
    expect(ages.get("FRA")?.days).toBe(30);
    expect(isRowStale({ statedOn: ages.get("FRA")!.since }, ctx)).toBe(false);
    expect(isRowStale({ statedOn: ages.get("DEU")!.since }, ctx)).toBe(true);
    expect(isRowStale({ statedOn: ages.get("DEU")!.since }, { date, stale: false })).toBe(false);
  });
});
