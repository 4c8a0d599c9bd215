/**
 * The dashboard's map view reads the view on a date with brief rows (db/views/view-as-of.ts
 * readBriefViewAsOf): it must be the full view (readViewAsOf) but for the columns the map view
 * never shows, for every claim filter, scenario, group and stale threshold, on the real seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBriefViewAsOf, readViewAsOf, type ViewAsOfQuery } from "@/db/views/view-as-of";
import { ALL_CLAIMS, type ClaimView } from "@/lib/claims/claim-view";
import type { GroupKey } from "@/lib/groups/group-view";
import { CONDITION_KEYS } from "@/lib/types";
import { seedFileRows } from "../../support/seed-file";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb("full");
});
afterAll(() => t.close());

const BRIEF_KEYS = ["id", "countryIso3", "countryName", "stance", "statedOn", "statedOnPrecision", "commitment", "contributions", "sizeText", "troopsMin", "troopsMax"] as const;

describe("brief view as of a date", () => {
  it("is the full view with only the brief fields of each deciding statement", () => {
    const claims: ClaimView[] = [ALL_CLAIMS, { ...ALL_CLAIMS, official: true }, { ...ALL_CLAIMS, commitment: "pledged" }, ...CONDITION_KEYS.map((k) => ({ ...ALL_CLAIMS, assume: k }))];
    const groups: (GroupKey | null)[] = [null, "eu", "nato", "summit:paris-2025-09-04", "summit:no-such-event"];
    const dates = [...new Set(seedFileRows().map((r) => (r.stated_on!.length === 7 ? `${r.stated_on}-01` : r.stated_on!)))].sort();
    const knowns: (number | null)[] = [null, Date.parse("2025-10-01T00:00:00Z")];
    let compared = 0;
    let withRows = 0;
    for (const date of [...dates.filter((_, i) => i % 5 === 0), "2030-01-01"]) {
      for (const known of knowns) {
        for (const c of claims) {
          for (const group of groups) {
            for (const stale of [null, 30] as const) {
              const q: ViewAsOfQuery = { date, known, claims: c, group, stale };
              const { asOf: fullRows, ...full } = readViewAsOf(t.db, q);
              const { asOf: briefRows, ...brief } = readBriefViewAsOf(t.db, q);
              const label = JSON.stringify(q);
              expect(brief, label).toEqual(full);
              const pick = (r: Record<string, unknown>) => Object.fromEntries(BRIEF_KEYS.map((k) => [k, r[k]]));
              expect(briefRows.map(pick), label).toEqual(fullRows.map(pick));
              compared++;
              if (fullRows.length > 0) withRows++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(withRows).toBeGreaterThan(compared / 3);
  }, 60_000);

  it("with every filter off carries no quote, citation or actor", () => {
    const { asOf } = readBriefViewAsOf(t.db, { date: "2026-01-08", known: null, claims: ALL_CLAIMS, group: null });
    expect(asOf.length).toBeGreaterThan(10);
    for (const row of asOf) expect(Object.keys(row).sort()).toEqual([...BRIEF_KEYS].sort());
  });
});
