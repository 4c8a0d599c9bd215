import { describe, expect, it } from "vitest";
import { EU_MEMBERSHIP, NATO_MEMBERSHIP, membersOn } from "@/lib/groups/membership";
import { applyGroup, groupOn, parseGroupKey, resolveGroup, rowsInGroup, type GroupEvent } from "@/lib/groups/group-view";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import type { StanceKey } from "@/lib/types";

describe("membership on a date", () => {
  it.each([
    ["2020-01-31", 28],
    ["2020-02-01", 27],
    ["2026-01-01", 27],
    ["2013-06-30", 27],
    ["2013-07-01", 28],
    ["1958-01-01", 6],
    ["1957-12-31", 0],
  ])("EU on %s has %i members", (date, n) => expect(membersOn(EU_MEMBERSHIP, date).size).toBe(n));

  it.each([
    ["2023-01-01", 30],
    ["2023-04-03", 30],
    ["2023-04-04", 31],
    ["2024-03-06", 31],
    ["2024-03-07", 32],
    ["2026-01-01", 32],
    ["1949-08-24", 12],
  ])("NATO on %s has %i members", (date, n) => expect(membersOn(NATO_MEMBERSHIP, date).size).toBe(n));

  it("names Finland and Sweden from their accession days, the UK in the EU only until it left", () => {
    expect(membersOn(NATO_MEMBERSHIP, "2023-04-04").has("FIN")).toBe(true);
    expect(membersOn(NATO_MEMBERSHIP, "2024-03-06").has("SWE")).toBe(false);
    expect(membersOn(EU_MEMBERSHIP, "2020-01-31").has("GBR")).toBe(true);
    expect(membersOn(EU_MEMBERSHIP, "2020-02-01").has("GBR")).toBe(false);
  });
});

const events: GroupEvent[] = [{ slug: "paris-2026-01-06", name: "Paris summit", participants: ["FRA", "GBR", "UKR"] }];

describe("parseGroupKey and resolveGroup", () => {
  it.each(["eu", "nato", "summit:paris-2026-01-06"])("accepts %s", (s) => expect(parseGroupKey(s)).toBe(s));
  it.each(["EU", "g7", "summit:", "summit:Paris", "summit:a b", "nato,eu", " eu", "__proto__", `summit:${"a".repeat(101)}`])(
    "refuses %j",
    (s) => expect(parseGroupKey(s)).toBeNull(),
  );
  it("resolves a summit to its participants, and an unknown summit to null", () => {
    const g = resolveGroup("summit:paris-2026-01-06", events)!;
    expect([...groupOn(g, "2020-01-01")].sort()).toEqual(["FRA", "GBR", "UKR"]);
    expect(g.label).toBe("participants in Paris summit");
    expect(resolveGroup("summit:nowhere", events)).toBeNull();
  });
});

type F = { statementId: number; countryIso3: string; statedOn: string; stance: StanceKey };
const f = (statementId: number, countryIso3: string, statedOn: string, stance: StanceKey): F => ({ statementId, countryIso3, statedOn, stance });

describe("the group filter", () => {
  const facts = [
    f(1, "FIN", "2022-05-01", "undecided"),
    f(2, "FIN", "2023-01-10", "troops"),
    f(3, "UKR", "2023-02-01", "troops"),
    f(4, "FRA", "2022-01-01", "troops"),
    f(5, "SWE", "2024-06-01", "support_only"),
  ];
  const nato = resolveGroup("nato", [])!;

  it("leaves non-members out, and counts a member's latest earlier statement from the day it joined", () => {
    const filtered = applyGroup(facts, nato);
    expect(filtered.map((x) => x.statementId).sort()).toEqual([2, 4, 5]);
    expect(filtered.find((x) => x.statementId === 2)!.statedOn).toBe("2023-04-04");
    expect([...stancesAsOf(filtered, "2023-04-03").keys()]).toEqual(["FRA"]);
    expect([...stancesAsOf(filtered, "2023-04-04").keys()].sort()).toEqual(["FIN", "FRA"]);
  });

  it("filters as-of rows by membership on their date", () => {
    const rows = [{ countryIso3: "FIN" }, { countryIso3: "UKR" }, { countryIso3: "SWE" }, { countryIso3: "FRA" }];
    expect(rowsInGroup(rows, nato, "2023-05-01").map((r) => r.countryIso3)).toEqual(["FIN", "FRA"]);
    expect(rowsInGroup(rows, null, "2023-05-01")).toHaveLength(4);
  });

  it("drops a leaver's statements from the day it left", () => {
    const eu = resolveGroup("eu", [])!;
    const out = applyGroup([f(1, "GBR", "2019-01-01", "troops"), f(2, "GBR", "2021-01-01", "troops")], eu);
    expect(out.map((x) => x.statementId)).toEqual([1]);
  });
});
