/**
 * The downloadable pictures' composition (lib/pictures/, db/pictures/): title, date, `known`, the
 * legend with the view's counts, the assumptions in force and the source line with the permalink,
 * checked on the parsed SVG against counts computed from the seed file (never hard-coded).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { decidingRows, seedFileRows } from "@/tests/support/seed-file";
import { readPictureView } from "@/db/pictures/picture-view";
import { composePicture, sourceLine } from "@/lib/pictures/picture";
import { dateLine, stanceLegend, viewAssumptions, viewNotes } from "@/lib/pictures/view-text";
import { ALL_CLAIMS, type ClaimView } from "@/lib/claims/claim-view";
import { isStale } from "@/lib/staleness/age";
import type { StanceKey } from "@/lib/types";

let t: TestDb;
beforeAll(() => {
  t = createTestDb("full");
});
afterAll(() => t.close());

const rows = seedFileRows();
const dayOf = (s: string) => (/^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s);
const lastDay = rows.map((r) => dayOf(r.stated_on!)).sort().at(-1)!;

/** Every <text> of the SVG, as the reader sees it. */
function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.getElementsByTagName("text")).map((n) => n.textContent ?? "");
}

function pictureOf(claims: ClaimView, known: number | null = null) {
  const view = readPictureView(t.db, { date: lastDay, known, claims, group: null, stale: null })!;
  const settings = { claims, group: view.group, stale: view.stale, stances: null };
  const svg = composePicture({
    title: "Stated positions <on> a force & more",
    dateLine: dateLine(lastDay, known),
    body: { width: 100, height: 50, svg: "<rect width='100' height='50'/>" },
    legend: stanceLegend(view.categories, view.counts, view.none, "#d9d9d9"),
    notes: viewNotes("map", settings, view.asOf.length, view.faded.size),
    assumptions: viewAssumptions("map", settings, (k) => k, view.moved),
    permalink: `http://localhost:3000/?date=${lastDay}&official=1`,
  });
  return { view, svg, lines: texts(svg) };
}

describe("a picture of the dashboard's view", () => {
  it("states the title (escaped, still parseable), the date, and the source line with the permalink", () => {
    const { lines } = pictureOf(ALL_CLAIMS);
    const all = lines.join(" ");
    expect(all).toContain("Stated positions <on> a force & more");
    expect(lines).toContain(dateLine(lastDay, null));
    expect(dateLine(lastDay, null)).toMatch(/^as of \d{1,2} \w+ \d{4}$/);
    expect(all).toContain(sourceLine(`http://localhost:3000/?date=${lastDay}&official=1`));
    expect(sourceLine("x")).toBe("Source: Coalition Tracker, x");
  });

  it("says `known` when frozen", () => {
    const known = Date.parse("2030-01-02T03:04:00Z");
    const { lines } = pictureOf(ALL_CLAIMS, known);
    expect(lines.join(" ")).toContain("data as known at 2030-01-02 03:04 UTC");
  });

  it("has the legend counts of the view, equal to the seed's under official=1 (and none = the rest)", () => {
    const claims: ClaimView = { official: true, commitment: null, assume: null };
    const expected = decidingRows(rows, lastDay, (r) => r.speaker_role !== "" && r.speaker_role !== "anonymous_official");
    const { view, lines } = pictureOf(claims);
    const counts = new Map<string, number>();
    for (const r of expected.values()) counts.set(r.stance!, (counts.get(r.stance!) ?? 0) + 1);
    for (const c of view.categories) expect(lines).toContain(`${c.label}: ${counts.get(c.key) ?? 0}`);
    expect(lines).toContain(`No stated position: ${view.countries.length - expected.size}`);
    // The filter matters for this seed: the unfiltered view counts differently.
    const all = decidingRows(rows, lastDay);
    expect([...all].some(([iso3, r]) => expected.get(iso3)?.stance !== r.stance)).toBe(true);
    expect(lines.join(" ")).toContain("official positions only");
  });

  it("counts the faded positions as the stale rule does on the seed, and names the threshold", () => {
    const { view, lines } = pictureOf(ALL_CLAIMS);
    const faded = [...decidingRows(rows, lastDay).values()].filter((r) => isStale(dayOf(r.stated_on!), lastDay, 180)).length;
    expect(view.faded.size).toBe(faded);
    expect(lines).toContain(`${faded} faded (stated more than 180 days before the date)`);
    expect(lines.join(" ")).toContain("positions stated more than 180 days before the date drawn paler");
  });

  it("lists every assumption in force: commitment, scenario with the countries moved, group, legend filter, stale off", () => {
    const claims: ClaimView = { official: false, commitment: "pledged", assume: "us_backstop" };
    const text = viewAssumptions("map", { claims, group: { label: "NATO members", size: 32 }, stale: false, stances: ["troops", "none"] }, (k) => `<${k}>`, ["France"]).join("; ");
    expect(text).toContain("only statements pledged or firmer");
    expect(text).toContain("scenario: no US security backstop".slice(0, 13));
    expect(text).toContain("moved: France");
    expect(text).toContain("only NATO members on the date");
    expect(text).toContain("map shows only: <troops>, <none>");
    expect(text).toContain("no position faded");
    // A chart neither fades nor dims: only the map's rules are listed for the map.
    expect(viewAssumptions("contributions", { claims: ALL_CLAIMS, group: null, stale: 180, stances: ["troops"] }, String, [])).toEqual([]);
  });

  it("the group line says how many of the group's members have a position", () => {
    const view = readPictureView(t.db, { date: lastDay, known: null, claims: ALL_CLAIMS, group: "nato", stale: false })!;
    const stated = [...decidingRows(rows, lastDay).keys()].filter((iso3) => view.group && view.asOf.some((r) => r.countryIso3 === iso3)).length;
    expect(viewNotes("map", { claims: ALL_CLAIMS, group: view.group, stale: false, stances: null }, view.asOf.length, 0)).toEqual([
      `${stated} of ${view.group!.size} NATO members have a stated position`,
    ]);
    expect(view.none).toBe(view.group!.size - stated);
    const counts: Partial<Record<StanceKey, number>> = view.counts;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(stated);
  });

  it("is null for a summit no event has", () => {
    expect(readPictureView(t.db, { date: lastDay, known: null, claims: ALL_CLAIMS, group: "summit:no-such-summit", stale: null })).toBeNull();
  });
});
