/**
 * The group filter (group=eu|nato|summit:SLUG), end to end against the production build: the read
 * API counts only the group's members (and refuses bad groups with a 400 naming the parameter),
 * the page says so without JavaScript, and in Chromium the group control narrows the legend to
 * "N of 32 NATO members have a stated position", draws non-members without a position, and a
 * copied link keeps the group in a fresh browser. Expectations come from the seed file
 * (e2e/support/seed-expect.ts) and the membership reference data. Read only.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EU_MEMBERSHIP, NATO_MEMBERSHIP, membersOn } from "@/lib/groups/membership";
import { decidingRows } from "./support/seed-expect";
import { setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";

const { newPage } = setupBrowser();

const DATE = "2026-01-08";
type SeedEvent = { slug: string; participants: string[] };
const seedEvents = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db", "seed", "events.json"), "utf8")) as SeedEvent[];
const summit = seedEvents.at(-1)!;

/** Countries per category among `members` on DATE, from the seed file alone. */
function expectedCounts(members: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [iso3, r] of decidingRows(DATE)) if (members.has(iso3)) counts[r.stance!] = (counts[r.stance!] ?? 0) + 1;
  return counts;
}
const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

function countsOf(rows: { stance: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.stance] = (counts[r.stance] ?? 0) + 1;
  return counts;
}

async function getJson<T>(p: string): Promise<T> {
  const res = await fetch(urlFor(p));
  expect(res.status, p).toBe(200);
  return (await res.json()) as T;
}

const GROUPS: [string, Set<string>][] = [
  ["nato", membersOn(NATO_MEMBERSHIP, DATE)],
  ["eu", membersOn(EU_MEMBERSHIP, DATE)],
  [`summit:${summit.slug}`, new Set(summit.participants)],
];

describe("groups in the read API", () => {
  it("counts only each group's members on the date, as the seed file says, and lists the members", async () => {
    type Stances = { group: string | null; members: string[] | null; countries: { iso3: string; stance: string }[] };
    for (const [group, members] of GROUPS) {
      const body = await getJson<Stances>(`/api/v1/stances?date=${DATE}&group=${group}`);
      expect(body.group).toBe(group);
      expect(new Set(body.members)).toEqual(members);
      expect(body.countries.every((c) => members.has(c.iso3)), group).toBe(true);
      expect(countsOf(body.countries), group).toEqual(expectedCounts(members));
    }
    // The seed has positions outside NATO (so the filter shows) and inside it.
    const all = await getJson<Stances>(`/api/v1/stances?date=${DATE}`);
    expect(all.countries.length).toBeGreaterThan(total(expectedCounts(GROUPS[0]![1])));
    expect(total(expectedCounts(GROUPS[0]![1]))).toBeGreaterThan(0);
  });

  it("recounts the timeline for each group: its last point is the stances' counts", async () => {
    type Series = { series: { counts: Record<string, number> }[] };
    for (const [group] of GROUPS) {
      for (const claims of ["", "&official=1"]) {
        const { series } = await getJson<Series>(`/api/v1/timeline?to=${DATE}&group=${group}${claims}`);
        const { countries } = await getJson<{ countries: { stance: string }[] }>(`/api/v1/stances?date=${DATE}&group=${group}${claims}`);
        const last = Object.fromEntries(Object.entries(series.at(-1)!.counts).filter(([, n]) => n > 0));
        expect(last, group + claims).toEqual(countsOf(countries));
      }
    }
  });

  it("refuses a bad group with a 400 naming it, on both routes", async () => {
    const bad = ["NATO", "g7", "eu,nato", "summit:", "summit:Paris", "summit:no-such-summit", "__proto__", `summit:${"a".repeat(200)}`];
    for (const route of ["/api/v1/stances?", "/api/v1/timeline?"]) {
      for (const g of bad) {
        const res = await fetch(urlFor(`${route}group=${encodeURIComponent(g)}`));
        expect(res.status, `${route}${g}`).toBe(400);
        expect(res.headers.get("content-type")).toContain("application/json");
        expect(((await res.json()) as { error: string }).error).toMatch(/^group: /);
      }
    }
  });
});

describe("groups on the dashboard", () => {
  it("renders the group's legend line and a notice for a bad group without JavaScript", async () => {
    const nato = expectedCounts(GROUPS[0]![1]);
    const html = await (await fetch(urlFor(`/?date=${DATE}&group=nato`))).text();
    expect(html).toContain(`${total(nato)} of ${GROUPS[0]![1].size} NATO members have a stated position`);
    for (const g of ["g7", "summit:no-such-summit"]) {
      const res = await fetch(urlFor(`/?date=${DATE}&group=${g}`));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`Ignored group=&quot;${g}&quot;`);
    }
  });

  const legendGroup = (page: Page) => page.locator("[data-legend-group]").innerText();

  it("narrows the legend and the map to NATO members, and a copied link keeps the group", { timeout: 90_000 }, async () => {
    const members = GROUPS[0]![1];
    const expected = `${total(expectedCounts(members))} of ${members.size} NATO members have a stated position`;
    const outside = [...decidingRows(DATE).keys()].filter((iso3) => !members.has(iso3));
    expect(outside.length).toBeGreaterThan(0);

    const page = await newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/?date=${DATE}`);
    await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached", timeout: 30_000 });
    await page.getByLabel("Group", { exact: true }).selectOption("nato");
    await expect.poll(() => new URL(page.url()).searchParams.get("group")).toBe("nato");
    await expect.poll(() => legendGroup(page), { timeout: 30_000 }).toBe(expected);
    // A country with a position outside NATO is drawn as having none in the group's view.
    for (const iso3 of outside) {
      const shape = page.locator(`path[data-iso3="${iso3}"]`);
      if ((await shape.count()) > 0) await expect.poll(() => shape.getAttribute("data-stance")).toBe("none");
    }

    await page.getByRole("button", { name: "Copy link" }).click();
    const link = new URL(await page.locator(".share-url").inputValue());
    expect(link.searchParams.get("group")).toBe("nato");
    expect(link.searchParams.get("date")).toBe(DATE);

    const fresh = await newPage();
    await fresh.goto(link.toString());
    await expect.poll(() => legendGroup(fresh), { timeout: 30_000 }).toBe(expected);
    expect(await fresh.getByLabel("Group", { exact: true }).inputValue()).toBe("nato");
  });
});
