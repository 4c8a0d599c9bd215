/**
 * The dashboard's parameter checks, which its embeds share (app/_lib/dashboard-params.ts), on the
 * real seed: events read at `known`, the future-date notice and the unknown-summit notice.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/test-db";
import { readDashboardParams } from "@/app/_lib/dashboard-params";
import { listEvents } from "@/db/events";
import { todayIso } from "@/lib/dates";

const t = createTestDb("full");
afterAll(() => t.close());

describe("readDashboardParams", () => {
  const slug = listEvents(t.db, null)[0]!.slug;

  it("keeps a summit an event has and the view's own parameters, with no notice", () => {
    const r = readDashboardParams(t.db, { date: "2025-09-04", group: `summit:${slug}`, official: "1" });
    expect(r.notices).toEqual([]);
    expect(r).toMatchObject({ date: "2025-09-04", today: todayIso(), params: { group: `summit:${slug}`, official: true }, claims: { official: true } });
    expect(r.events.map((e) => e.slug)).toContain(slug);
  });

  it("drops a summit no event has, and one not yet recorded at `known`, saying so", () => {
    const missing = readDashboardParams(t.db, { group: "summit:no-such-summit" });
    expect(missing.params.group).toBeNull();
    expect(missing.notices).toEqual(['Ignored group="summit:no-such-summit": no event has that slug; showing every country.']);
    const before = readDashboardParams(t.db, { group: `summit:${slug}`, known: "2000-01-01T00:00:00Z" });
    expect(before.events).toEqual([]);
    expect(before.params.group).toBeNull();
    expect(before.notices.at(-1)).toContain(`Ignored group="summit:${slug}"`);
    // Other groups are not events and are kept.
    expect(readDashboardParams(t.db, { group: "nato" }).params.group).toBe("nato");
  });

  it("shows today's positions for a future date, with the notice", () => {
    const r = readDashboardParams(t.db, { date: "2999-01-01" });
    expect(r.date).toBe("2999-01-01");
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain("is in the future");
    expect(readDashboardParams(t.db, {}).date).toBe(todayIso());
  });

  it("checks the open country only against the countries it is given", () => {
    expect(readDashboardParams(t.db, { country: "ZZZ" }).params.country).toBe("ZZZ");
    const r = readDashboardParams(t.db, { country: "ZZZ" }, ["FRA"]);
    expect(r.params.country).toBeNull();
    expect(r.notices).toEqual(['Ignored country="ZZZ": no country has that code; no country panel is open.']);
    expect(readDashboardParams(t.db, { country: "FRA" }, ["FRA"]).params.country).toBe("FRA");
  });
});
