/**
 * Issue 17's reading rough edges, in Chromium against the production build: the map panel's
 * history shows a retracted statement (as the country page counts it); a frozen link writes its
 * instant for people and offers "Show live data"; the nav's Compare opens on sensible defaults,
 * names unknown parameters as the dashboard does and says when a date is in the future. The
 * retraction is written through the write API; the database is restored afterwards.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { formatLongDate } from "@/lib/format/format";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { EDITOR, readDb } from "./support/admin";
import { setupBrowser } from "./support/browser";
import { e2eContext } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { seedRows } from "./support/seed-expect";

const { newPage } = setupBrowser();
writesWithEditorAccount();

let cookie: string;
beforeAll(async () => {
  cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
}, 60_000);
const send = (method: string, path: string, body: unknown) => apiWrite(e2eContext().baseURL, cookie, method, path, body);

describe("a retracted statement in the map panel", () => {
  // Montenegro: the seed has no statement from it, so this one is its only statement.
  const ISO3 = "MNE";
  it("lists it in the panel's history, marked and not counted, as the country page does", { timeout: 90_000 }, async () => {
    expect(seedRows.some((r) => r.country === ISO3)).toBe(false);
    const created = await send("POST", "/api/v1/admin/statements", {
      country: ISO3,
      stated_on: "2025-10-01",
      stance: "naval",
      contributions: ["naval"],
      quote: "Reading rough edges: a statement to retract.",
      quote_language: "en",
      confidence: "medium",
      source_title: "Reading rough edges test",
      source_url: "https://example.org/reading-rough-edges",
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { current } = (await created.json()) as { current: { id: number; version: number } };
    const retracted = await send("POST", `/api/v1/admin/statements/${current.id}/retract`, { reason: "misattributed speaker", baseVersion: current.version });
    expect(retracted.status, await retracted.clone().text()).toBe(200);

    const page = await newPage();
    await page.goto(`/countries/${ISO3}`);
    expect(await page.locator("#statements").innerText()).toBe("Statements (1, of which 1 retracted)");

    const checkPanel = async () => {
      const panel = page.locator(`.country-panel[data-country="${ISO3}"]`);
      await panel.locator("ol.history").waitFor({ timeout: 30_000 });
      expect(await panel.locator("h3", { hasText: "History" }).innerText()).toBe("History (1, of which 1 retracted)");
      const item = panel.locator(`ol.history li[data-status="retracted"]`);
      expect(await item.count()).toBe(1);
      expect(await item.innerText()).toContain("Retracted: misattributed speaker. It does not count.");
      expect(await item.locator(`a[href="/statements/${current.id}"]`).count()).toBe(1);
      expect(await panel.innerText()).toContain("No stated position on this date.");
      expect(await panel.innerText()).not.toContain("No statement recorded");
    };
    // Rendered by the server for the URL's country...
    await page.goto(`/?date=2026-01-08&country=${ISO3}`);
    await checkPanel();
    // ...and loaded from the API when opened in the page.
    await page.goto("/?date=2026-01-08");
    await page.locator(".country-finder input").fill("Montenegro");
    await page.locator(".country-finder").getByRole("button", { name: "Open", exact: true }).click();
    await checkPanel();
    // The API's plain list still leaves it out; retracted=1 brings it with its status.
    const plain = (await (await fetch(`${e2eContext().baseURL}/api/v1/statements?country=${ISO3}`)).json()) as { statements: unknown[] };
    expect(plain.statements).toEqual([]);
    const all = (await (await fetch(`${e2eContext().baseURL}/api/v1/statements?country=${ISO3}&retracted=1`)).json()) as { statements: { id: number; status: string }[] };
    expect(all.statements.map((s) => [s.id, s.status])).toEqual([[current.id, "retracted"]]);
  });
});

describe("a frozen link", () => {
  const KNOWN = "2026-01-07T07:11:03.524Z";
  it("writes its instant for people and offers live data, keeping the rest of the view", { timeout: 60_000 }, async () => {
    const page = await newPage();
    await page.goto(`/?date=2026-01-07&view=table&stale=30&known=${encodeURIComponent(KNOWN)}`);
    const note = page.locator("[data-testid=frozen-note]");
    expect(await note.innerText()).toContain("as it was known at 7 Jan 2026, 07:11 UTC;");
    expect(await page.locator("main").innerText()).not.toContain("2026-01-07T07:11");
    // No greyed-out checkbox: the share box says it is frozen, with the same way back.
    expect(await page.getByLabel("Freeze the data as known now").count()).toBe(0);
    expect(await page.locator("[data-testid=share-frozen]").innerText()).toBe("Frozen at 7 Jan 2026, 07:11 UTC. Show live data");
    for (const link of [note.getByRole("link", { name: "Show live data" }), page.locator("[data-testid=share-frozen] a")]) {
      const href = new URL((await link.getAttribute("href"))!, "http://x");
      expect(href.searchParams.has("known")).toBe(false);
      expect([href.pathname, href.searchParams.get("date"), href.searchParams.get("view"), href.searchParams.get("stale")]).toEqual(["/", "2026-01-07", "table", "30"]);
    }
    await note.getByRole("link", { name: "Show live data" }).click();
    await page.waitForURL((u) => !u.searchParams.has("known"));
    await page.getByLabel("Freeze the data as known now").waitFor();
    expect(await page.getByLabel("Freeze the data as known now").isChecked()).toBe(false);
    expect(await page.getByLabel("Freeze the data as known now").isDisabled()).toBe(false);
    expect(await page.locator("[data-testid=frozen-note]").count()).toBe(0);
  });
});

describe("the compare screen's rough edges", () => {
  const notices = async (path: string) => {
    const page = await newPage();
    await page.goto(path);
    return { page, notices: await page.locator("p.notice").allInnerTexts() };
  };

  it("opens from the nav on the previous summit and today, without a warning", async () => {
    const today = todayIso();
    const summits = readDb((db) => db.prepare("select held_on from events where held_on < ? order by held_on desc limit 1").pluck().all(today) as string[]);
    const first = readDb((db) => db.prepare("select min(stated_on) from statements").pluck().get() as string);
    const dateA = summits[0] ?? (first.length === 7 ? `${first}-01` : first);
    const page = await newPage();
    await page.goto("/");
    await page.locator("nav.site-nav").getByRole("link", { name: "Compare" }).click();
    await page.waitForURL((u) => u.pathname === "/compare");
    expect(await page.locator("h1").innerText()).toBe(`Changes from ${formatLongDate(dateA)} to ${formatLongDate(today)}`);
    expect(await page.locator("p.notice").count()).toBe(0);
    expect(await page.locator("#compare-date-a").inputValue()).toBe(dateA);
    expect(await page.locator("#compare-date-b").inputValue()).toBe(today);
  });

  it("names unknown parameters with the dashboard's notice, tracking ones excepted", async () => {
    const query = "colour=red&constructor=x&view=table&sort=age&utm_source=news&fbclid=abc";
    const compare = await notices(`/compare?date=2025-09-05&compare=2026-01-07&${query}`);
    for (const name of ["colour", "constructor", "view", "sort"]) expect(compare.notices).toContain(`Ignored the unknown parameter "${name}".`);
    expect(compare.notices.join(" ")).not.toMatch(/utm_source|fbclid/);
    // The same sentence the dashboard uses for a parameter it does not know.
    const home = await notices("/?colour=red");
    expect(home.notices).toContain('Ignored the unknown parameter "colour".');
    // Malformed values of the parameters it does know are named too, with the dashboard's wording.
    const bad = await notices("/compare?date=2025-09-05&compare=2026-01-07&group=g7&stale=0");
    const homeBad = await notices("/?group=g7&stale=0");
    for (const k of ["group", "stale"]) {
      const n = bad.notices.find((x) => x.startsWith(`Ignored ${k}=`));
      expect(n, k).toBeDefined();
      expect(homeBad.notices).toContain(n);
    }
  });

  it("says when a date is in the future, as the dashboard does", async () => {
    const today = todayIso();
    const home = await notices("/?date=2030-01-01");
    const future = home.notices.find((n) => n.startsWith(`${formatLongDate("2030-01-01")} is in the future`));
    expect(future).toBeDefined();
    for (const path of ["/compare?date=2025-09-05&compare=2030-01-01", "/compare?date=2030-01-01"]) {
      const c = await notices(path);
      expect(c.notices, path).toContain(future);
    }
    expect((await notices(`/compare?date=2025-09-05&compare=${today}`)).notices).toEqual([]);
  });
});
