/**
 * The server's claim view (db/statements/claim-view.ts) and the browser's (the payload filtered by
 * lib/claims/view-payload.ts) on the real seed: the same countries, categories and deciding
 * statements for every filter and every scenario, on every date a count changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStancesAsOf, getStancesInView, getTimelinePayload, listClaimFacts } from "@/db/statements";
import { ALL_CLAIMS, type ClaimView } from "@/lib/claims/claim-view";
import { claimFactsOf, filterPayload, movedOn } from "@/lib/claims/view-payload";
import { stateOn, unpackTimeline } from "@/lib/timeline/timeline-payload";
import { COMMITMENT_LEVELS, CONDITION_KEYS } from "@/lib/types";
import { seedFileRows } from "../../support/seed-file";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb("full");
});
afterAll(() => t.close());

const views: ClaimView[] = [ALL_CLAIMS, { ...ALL_CLAIMS, official: true }];
for (const c of COMMITMENT_LEVELS) views.push({ ...ALL_CLAIMS, commitment: c });
for (const k of CONDITION_KEYS) views.push({ ...ALL_CLAIMS, assume: k }, { official: true, commitment: "willing", assume: k });

describe("claim view on the seed", () => {
  it("with every filter off is the indexed as-of read itself", () => {
    for (const date of ["2025-06-01", "2026-01-08"]) expect(getStancesInView(t.db, date, null, ALL_CLAIMS).rows).toEqual(getStancesAsOf(t.db, date));
  });

  it("agrees between server and browser for every view and date", () => {
    const payload = getTimelinePayload(t.db);
    const facts = claimFactsOf(payload);
    const dates = [...new Set(seedFileRows().map((r) => (r.stated_on!.length === 7 ? `${r.stated_on}-01` : r.stated_on!)))].sort();
    for (const v of views) {
      const local = unpackTimeline(filterPayload(payload, v));
      for (const date of dates) {
        const { rows, moved } = getStancesInView(t.db, date, null, v);
        const server = new Map(rows.map((r) => [r.countryIso3, [r.stance, r.id]]));
        const browser = new Map([...stateOn(local, date)].map(([iso3, p]) => [iso3, [p.stance, local.decidingOn(iso3, date)!.statementId]]));
        expect(browser, `${JSON.stringify(v)} on ${date}`).toEqual(server);
        expect(movedOn(facts, v, date)).toEqual(moved);
      }
    }
  });

  it("moves a seed country conditional on a US backstop, and official=1 leaves out the seed's unattributed claims", () => {
    const backstop = seedFileRows().filter((r) => r.condition_keys!.split(";").includes("us_backstop") && r.stance !== "undecided");
    expect(backstop.length).toBeGreaterThan(0);
    const date = "2026-01-08";
    const { rows, moved } = getStancesInView(t.db, date, null, { ...ALL_CLAIMS, assume: "us_backstop" });
    const plain = getStancesAsOf(t.db, date);
    const expected = plain.filter((s) => s.conditionKeys.includes("us_backstop") && s.stance !== "undecided").map((s) => s.countryIso3);
    expect(expected.length).toBeGreaterThan(0);
    expect(moved).toEqual(expected.sort());
    for (const iso3 of moved) expect(rows.find((r) => r.countryIso3 === iso3)?.stance).toBe("undecided");
    const unofficial = listClaimFacts(t.db).filter((f) => f.speakerRole === null || f.speakerRole === "anonymous_official");
    expect(unofficial.length).toBeGreaterThan(0);
    const official = getStancesInView(t.db, date, null, { ...ALL_CLAIMS, official: true }).rows;
    expect(official.every((r) => r.speakerRole !== null && r.speakerRole !== "anonymous_official")).toBe(true);
  });
});
