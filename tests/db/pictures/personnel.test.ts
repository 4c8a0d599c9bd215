/**
 * The stated-personnel picture (/pictures/chart/personnel.*): its steps read by the page's rule
 * (db/pictures/picture-view.ts picturePersonnel) and composed with a legend and notes that say
 * what the numbers are, or, on the seed where no quote gives a number, that there is nothing to
 * chart, in the drawing itself and in the notes.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { seedFileRows } from "@/tests/support/seed-file";
import { statementInput } from "@/tests/support/statement-input";
import { freeze } from "@/tests/support/freeze";
import { createStatement } from "@/db/statements";
import { picturePersonnel, type PictureViewQuery } from "@/db/pictures/picture-view";
import { composePicture } from "@/lib/pictures/picture";
import { personnelBody } from "@/lib/pictures/drawings";
import { NO_PERSONNEL_TEXT, personnelLegend, personnelNotes, PICTURE_TITLES } from "@/lib/pictures/view-text";
import { ALL_CLAIMS } from "@/lib/claims/claim-view";

let t: TestDb;
beforeEach(() => {
  t = createTestDb("full");
});
afterEach(() => t.close());

const DATE = "2026-06-01";
const query = (over: Partial<PictureViewQuery> = {}): PictureViewQuery => ({ date: DATE, known: null, claims: ALL_CLAIMS, group: null, stale: null, ...over });

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.getElementsByTagName("text")).map((n) => n.textContent ?? "");
}

function picture(q: PictureViewQuery): string[] {
  const steps = picturePersonnel(t.db, q, DATE);
  return texts(
    composePicture({
      title: PICTURE_TITLES.personnel,
      dateLine: DATE,
      body: personnelBody(steps, DATE, DATE),
      legend: personnelLegend(steps, DATE, "#3b6ea8"),
      notes: personnelNotes(steps),
      assumptions: [],
      permalink: "http://localhost/",
    }),
  );
}

describe("the personnel picture", () => {
  it("says it is empty on the seed, where no quote gives a number (checked on the seed file)", () => {
    expect(seedFileRows().filter((r) => (r.troops_min ?? "") !== "")).toEqual([]);
    expect(picturePersonnel(t.db, query(), DATE)).toEqual([]);
    const lines = picture(query());
    expect(lines.filter((l) => l === NO_PERSONNEL_TEXT)).toHaveLength(2); // in the drawing and in the notes
    expect(lines.join(" ")).not.toContain("Countries with a figure");
  });

  it("sums the stated minimums on the date, counts the countries, and leaves out what was recorded after known", () => {
    const known = freeze();
    createStatement(t.db, statementInput({ countryIso3: "FRA", statedOn: "2026-03-01", troopsMin: 2000 }), "editor@example.org");
    createStatement(t.db, statementInput({ countryIso3: "GBR", statedOn: "2026-04-01", troopsMin: 1500 }), "editor@example.org");
    const steps = picturePersonnel(t.db, query(), DATE);
    expect(steps.map((s) => [s.from, s.troops, s.countries.length])).toEqual([
      ["2026-03-01", 2000, 1],
      ["2026-04-01", 3500, 2],
    ]);
    const lines = picture(query());
    expect(lines).toContain(`Stated personnel on ${DATE} (sum of minimums): 3500`);
    expect(lines).toContain("Countries with a figure: 2");
    expect(lines).not.toContain(NO_PERSONNEL_TEXT);
    // Frozen before the figures were recorded: empty again, and it says so.
    expect(picturePersonnel(t.db, query({ known }), DATE)).toEqual([]);
    expect(picture(query({ known }))).toContain(NO_PERSONNEL_TEXT);
  });
});
