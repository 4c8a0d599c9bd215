/**
 * The citation bundle's read (db/sources/cited-in-view.ts) on the seeded database: exactly the
 * sources, primary and corroborating, of each country's deciding statement on a date, each once,
 * with the expectation computed from the seed file (not hard-coded), under the claim filters, a
 * group, one country and one statement.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citedTitles, decidingRows, seedFileRows, type SeedFileRow } from "../../support/seed-file";
import type { Db } from "@/db/client";
import { readGroup } from "@/db/events";
import { listSourcesInView } from "@/db/sources";
import { ALL_CLAIMS, countsInView, type ClaimView } from "@/lib/claims/claim-view";
import { groupOn } from "@/lib/groups/group-view";
import type { Commitment, SpeakerRole, StanceKey } from "@/lib/types";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let db: Db;
beforeAll(() => {
  t = createTestDb("full");
  db = t.db;
});
afterAll(() => t.close());

const rows = seedFileRows();
const day = (statedOn: string) => (statedOn.length === 7 ? `${statedOn}-01` : statedOn);
/** A date in the middle of the seed: several countries have spoken, some more than once. */
const dates = [...new Set(rows.map((r) => day(r.stated_on!)))].sort();
const DATE = dates[Math.floor(dates.length * 0.6)]!;

/** Each country's deciding seed row on `date` under the view. */
function decidingUnder(date: string, view: ClaimView): SeedFileRow[] {
  const counts = (row: SeedFileRow) =>
    countsInView({ stance: row.stance as StanceKey, speakerRole: (row.speaker_role || null) as SpeakerRole | null, commitment: (row.commitment || null) as Commitment | null, conditionKeys: [] }, view);
  return [...decidingRows(rows, date, counts).values()];
}
const titlesOf = (deciding: SeedFileRow[]) => new Set(deciding.flatMap(citedTitles));

describe("the sources behind a view", () => {
  it("are exactly the deciding statements' sources on a seed date, each once", () => {
    const sources = listSourcesInView(db, { date: DATE, known: null, view: ALL_CLAIMS, group: null });
    const expected = decidingUnder(DATE, ALL_CLAIMS);
    expect(new Set(sources.map((s) => s.title))).toEqual(titlesOf(expected));
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    // Every deciding country cites something; corroborating sources are in.
    expect(new Set(sources.flatMap((s) => s.citedBy.map((c) => c.countryIso3)))).toEqual(new Set(expected.map((r) => r.country)));
    expect(expected.some((r) => r.more_sources)).toBe(sources.some((s) => s.citedBy.some((c) => c.role === "corroborating")));
  });

  it("follow the claim filters: official positions only, pledged or firmer", () => {
    for (const view of [
      { ...ALL_CLAIMS, official: true },
      { ...ALL_CLAIMS, commitment: "pledged" as const },
    ]) {
      const last = dates[dates.length - 1]!;
      // The filter changes what decides (else this would not test it).
      expect(titlesOf(decidingUnder(last, view))).not.toEqual(titlesOf(decidingUnder(last, ALL_CLAIMS)));
      const sources = listSourcesInView(db, { date: last, known: null, view, group: null });
      expect(new Set(sources.map((s) => s.title))).toEqual(titlesOf(decidingUnder(last, view)));
    }
  });

  it("follow the group, one country, one statement, and the date (nothing before the first statement)", () => {
    const last = dates[dates.length - 1]!;
    const nato = readGroup(db, "nato")!;
    const members = groupOn(nato, last);
    const inNato = listSourcesInView(db, { date: last, known: null, view: ALL_CLAIMS, group: nato });
    expect(new Set(inNato.map((s) => s.title))).toEqual(titlesOf(decidingUnder(last, ALL_CLAIMS).filter((r) => members.has(r.country!))));
    expect(inNato.every((s) => s.citedBy.every((c) => members.has(c.countryIso3)))).toBe(true);

    const fra = listSourcesInView(db, { date: last, known: null, view: ALL_CLAIMS, group: null, country: "FRA" });
    expect(new Set(fra.map((s) => s.title))).toEqual(titlesOf(decidingUnder(last, ALL_CLAIMS).filter((r) => r.country === "FRA")));

    const statementId = fra[0]!.citedBy[0]!.statementId;
    const one = listSourcesInView(db, { date: last, known: null, view: ALL_CLAIMS, group: null, statement: statementId });
    expect(one.map((s) => s.title)).toEqual(fra.filter((s) => s.citedBy.some((c) => c.statementId === statementId)).map((s) => s.title));
    expect(listSourcesInView(db, { date: last, known: null, view: ALL_CLAIMS, group: null, statement: 999_999 })).toEqual([]);

    expect(listSourcesInView(db, { date: "2000-01-01", known: null, view: ALL_CLAIMS, group: null })).toEqual([]);
  });
});
