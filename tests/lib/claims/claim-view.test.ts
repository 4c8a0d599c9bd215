import { describe, expect, it } from "vitest";
import {
  ALL_CLAIMS,
  ASSUMPTIONS,
  applyClaimView,
  assumptionKey,
  countriesMoved,
  countsInView,
  isAtLeast,
  viewStance,
  type ClaimFacts,
  type ClaimView,
} from "@/lib/claims/claim-view";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { COMMITMENT_LEVELS, CONDITION_KEYS, SPEAKER_ROLES, STANCE_KEYS, type StanceKey } from "@/lib/types";
import { claimFactsOf, filterPayload, movedOn } from "@/lib/claims/view-payload";
import { packTimeline, stateOn, unpackTimeline, type CitedFact } from "@/lib/timeline/timeline-payload";
import { rng } from "../helpers";

type Fact = ClaimFacts & { statementId: number; countryIso3: string; statedOn: string };
const claim = (statementId: number, countryIso3: string, statedOn: string, stance: StanceKey, o: Partial<ClaimFacts> = {}): Fact => ({
  statementId,
  countryIso3,
  statedOn,
  stance,
  speakerRole: "head_of_state_or_government",
  commitment: null,
  conditionKeys: [],
  ...o,
});
const view = (o: Partial<ClaimView>): ClaimView => ({ ...ALL_CLAIMS, ...o });

describe("official positions only", () => {
  it("leaves out anonymous and unattributed claims and keeps every named office", () => {
    for (const role of SPEAKER_ROLES) {
      expect(countsInView(claim(1, "FRA", "2025-01-01", "troops", { speakerRole: role }), view({ official: true }))).toBe(role !== "anonymous_official");
    }
    expect(countsInView(claim(1, "FRA", "2025-01-01", "troops", { speakerRole: null }), view({ official: true }))).toBe(false);
    expect(countsInView(claim(1, "FRA", "2025-01-01", "troops", { speakerRole: null }), ALL_CLAIMS)).toBe(true);
  });

  it("falls back to the previous official statement, or to no position, when the later one is left out", () => {
    const facts = [
      claim(1, "FRA", "2025-01-01", "undecided"),
      claim(2, "FRA", "2025-06-01", "troops", { speakerRole: "anonymous_official" }),
      claim(3, "ITA", "2025-06-01", "refusal", { speakerRole: null }),
    ];
    const all = stancesAsOf(applyClaimView(facts, ALL_CLAIMS), "2025-07-01");
    expect(all.get("FRA")?.stance).toBe("troops");
    expect(all.get("ITA")?.stance).toBe("refusal");
    const official = stancesAsOf(applyClaimView(facts, view({ official: true })), "2025-07-01");
    expect(official.get("FRA")?.statement.statementId).toBe(1);
    expect(official.has("ITA")).toBe(false);
  });
});

describe("commitment level", () => {
  it("orders the levels weakest first and keeps a level and every firmer one", () => {
    for (const [i, atLeast] of COMMITMENT_LEVELS.entries()) {
      for (const [j, level] of COMMITMENT_LEVELS.entries()) expect(isAtLeast(level, atLeast)).toBe(j >= i);
      expect(isAtLeast(null, atLeast)).toBe(false);
      expect(countsInView(claim(1, "FRA", "2025-01-01", "troops"), view({ commitment: atLeast }))).toBe(false);
    }
    expect(countsInView(claim(1, "FRA", "2025-01-01", "troops", { commitment: "approved" }), view({ commitment: "pledged" }))).toBe(true);
    expect(countsInView(claim(1, "FRA", "2025-01-01", "troops", { commitment: "willing" }), view({ commitment: "pledged" }))).toBe(false);
  });

  it("shows a country's latest statement at the level even when a weaker one came later", () => {
    const facts = [claim(1, "GBR", "2025-09-04", "troops", { commitment: "willing" }), claim(2, "GBR", "2026-01-06", "troops", { commitment: "pledged" }), claim(3, "GBR", "2026-02-01", "undecided")];
    expect(stancesAsOf(applyClaimView(facts, view({ commitment: "pledged" })), "2026-03-01").get("GBR")?.statement.statementId).toBe(2);
    expect(stancesAsOf(applyClaimView(facts, view({ commitment: "willing" })), "2025-12-01").get("GBR")?.statement.statementId).toBe(1);
    expect(stancesAsOf(applyClaimView(facts, view({ commitment: "pledged" })), "2025-12-01").has("GBR")).toBe(false);
  });
});

describe("the scenario switch", () => {
  it("has one assume= value per condition key and rejects anything else", () => {
    expect(ASSUMPTIONS).toEqual(CONDITION_KEYS.map((k) => `no_${k}`));
    for (const k of CONDITION_KEYS) expect(assumptionKey(`no_${k}`)).toBe(k);
    for (const bad of ["us_backstop", "no_", "no_US_BACKSTOP", "no_us_backstop ", "no_toString", "__proto__", ""]) expect(assumptionKey(bad)).toBeNull();
  });

  it("recounts a statement conditional on the failed condition as undecided, for every key, and nothing else", () => {
    for (const key of CONDITION_KEYS) {
      for (const stance of STANCE_KEYS) {
        const conditional = claim(1, "DEU", "2026-01-06", stance, { conditionKeys: [key] });
        expect(viewStance(conditional, view({ assume: key }))).toBe("undecided");
        for (const other of CONDITION_KEYS.filter((k) => k !== key)) expect(viewStance(conditional, view({ assume: other }))).toBe(stance);
        expect(viewStance(conditional, ALL_CLAIMS)).toBe(stance);
      }
    }
  });

  it("never leaves a statement out and lists exactly the countries it moved", () => {
    const facts = [
      claim(1, "DEU", "2026-01-06", "troops", { conditionKeys: ["ceasefire", "us_backstop"] }),
      claim(2, "FRA", "2026-01-06", "troops", { conditionKeys: ["ceasefire"] }),
      claim(3, "NLD", "2025-02-15", "undecided", { conditionKeys: ["us_backstop"] }), // already undecided: not moved
      claim(4, "BEL", "2025-03-20", "troops", { conditionKeys: ["us_backstop"] }),
      claim(5, "BEL", "2025-05-20", "troops", { conditionKeys: ["ceasefire"] }), // no longer conditional on it
    ];
    const v = view({ assume: "us_backstop" });
    expect(applyClaimView(facts, v)).toHaveLength(facts.length);
    const deciding = [...stancesAsOf(facts, "2026-02-01").values()].map((s) => s.statement);
    expect(countriesMoved(deciding, v)).toEqual(["DEU"]);
    expect(countriesMoved([...stancesAsOf(facts, "2025-04-01").values()].map((s) => s.statement), v)).toEqual(["BEL"]);
    expect(countriesMoved(deciding, ALL_CLAIMS)).toEqual([]);
  });
});

describe("filters together", () => {
  it("applies the filters first and then the scenario to what is left", () => {
    const facts = [
      claim(1, "SWE", "2025-03-01", "troops", { commitment: "willing", conditionKeys: ["parliament_vote"] }),
      claim(2, "SWE", "2026-01-06", "air_policing", { commitment: "pledged", speakerRole: "anonymous_official", conditionKeys: ["parliament_vote"] }),
    ];
    const v = view({ official: true, commitment: "willing", assume: "parliament_vote" });
    const counted = applyClaimView(facts, v);
    expect(counted.map((f) => [f.statementId, f.stance])).toEqual([[1, "undecided"]]);
    expect(countriesMoved(facts.filter((f) => countsInView(f, v)), v)).toEqual(["SWE"]);
    // The input is not changed.
    expect(facts[0]!.stance).toBe("troops");
  });
});

describe("the browser's payload under a view", () => {
  const countries = ["C0", "C1", "C2", "C3", "C4"].map((iso3) => ({ iso3, name: iso3 }));
  const sources = [{ id: 7, title: "T", publisher: null, url: null }];
  const r = rng(5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const facts: (CitedFact & Fact)[] = Array.from({ length: 400 }, (_, i) => ({
    statementId: i + 1,
    countryIso3: pick(countries).iso3,
    // Few days, so many same-day statements: the filters must see the ones a later one outranks.
    statedOn: `2025-0${1 + Math.floor(r() * 9)}-0${1 + Math.floor(r() * 3)}`,
    stance: pick(STANCE_KEYS),
    precision: "day" as const,
    sourceId: 7,
    speakerRole: r() < 0.3 ? null : pick(SPEAKER_ROLES),
    commitment: r() < 0.4 ? null : pick(COMMITMENT_LEVELS),
    conditionKeys: CONDITION_KEYS.filter(() => r() < 0.25),
    troopsMin: r() < 0.5 ? null : Math.floor(r() * 5000),
  }));
  const payload = JSON.parse(JSON.stringify(packTimeline(facts, sources, countries, []))) as ReturnType<typeof packTimeline>;

  it("carries every statement with its claim fields", () => {
    const back = claimFactsOf(payload).sort((a, b) => a.statementId - b.statementId);
    expect(back.map((f) => [f.statementId, f.countryIso3, f.statedOn, f.stance, f.speakerRole, f.commitment, f.conditionKeys, f.troopsMin])).toEqual(
      facts.map((f) => [f.statementId, f.countryIso3, f.statedOn, f.stance, f.speakerRole, f.commitment, f.conditionKeys, f.troopsMin]),
    );
  });

  it("agrees with the server's rule (the as-of rule over applyClaimView) for every view", () => {
    const views: ClaimView[] = [ALL_CLAIMS, view({ official: true })];
    for (const c of COMMITMENT_LEVELS) views.push(view({ commitment: c }), view({ commitment: c, official: true }));
    for (const k of CONDITION_KEYS) views.push(view({ assume: k }), view({ assume: k, official: true, commitment: "willing" }));
    for (const v of views) {
      const local = unpackTimeline(filterPayload(payload, v));
      for (const date of ["2025-01-01", "2025-03-02", "2025-06-03", "2025-09-30"]) {
        const server = stancesAsOf(applyClaimView(facts, v), date);
        expect(new Map([...stateOn(local, date)].map(([iso3, p]) => [iso3, p.stance]))).toEqual(new Map([...server].map(([iso3, s]) => [iso3, s.stance])));
        expect(new Map([...server.keys()].map((iso3) => [iso3, local.decidingOn(iso3, date)?.statementId]))).toEqual(
          new Map([...server].map(([iso3, s]) => [iso3, s.statement.statementId])),
        );
        const counted = facts.filter((f) => countsInView(f, v));
        expect(movedOn(claimFactsOf(payload), v, date)).toEqual(countriesMoved([...stancesAsOf(counted, date).values()].map((s) => s.statement), v));
      }
    }
  });
});
