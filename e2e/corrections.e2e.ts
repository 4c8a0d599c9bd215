/**
 * Issue #17, public corrections, in Chromium against the production build: a reader signed out
 * suggests a correction on a statement page and on a country page, with and without JavaScript;
 * bad input is refused with a form error, the spam trap stores nothing, the per-client limit holds
 * whatever forwarding headers the client adds, and nothing public changes (same ETag, no e-mail
 * anywhere public). An editor finds the suggestion in /admin/corrections, cannot dismiss without a
 * reason, and accepts one into the statement's edit form prefilled with the suggested source.
 * The shared database is restored afterwards.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { EDITOR, currentVersion, ownClientAddress, readDb, signIn, submitForm } from "./support/admin";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { urlFor } from "./support/context";
import { builtRoutes } from "./support/routes";
import { CORRECTION_LIMIT } from "../db/corrections/verbs";

const { newPage } = setupBrowser();
writesWithEditorAccount();

type Row = { id: number; statement_id: number | null; country_iso3: string | null; body: string; source_url: string; email: string | null; status: string; reason: string | null; handled_by: string | null };
const suggestions = (): Row[] => readDb((db) => db.prepare("select * from correction_suggestions order by id").all() as Row[]);
const countSuggestions = () => suggestions().length;

/** A published statement of the seed and another country's page to suggest on. */
const target = readDb((db) => db.prepare("select statement_id as id, country_iso3 as iso3 from statements where superseded_at is null and status = 'published' order by statement_id limit 1").get() as { id: number; iso3: string });
const otherCountry = readDb((db) => (db.prepare("select country_iso3 as iso3 from statements where superseded_at is null and country_iso3 <> ? order by statement_id desc limit 1").get(target.iso3) as { iso3: string }).iso3);

let n = 0;
/** A unique suggestion (body, URL, e-mail) for one submission. */
function suggestion(tag: string) {
  n += 1;
  return { body: `The date is wrong (${tag} ${n}): it was said a day later.`, url: `https://example.org/corrections/${tag}-${n}`, email: `reader-${tag}-${n}@suggest.example.net` };
}

/** Opens the page's "Suggest a correction", fills it and sends it; resolves with the POST's answer. */
async function suggest(page: Page, path: string, s: { body: string; url: string; email?: string }) {
  if (new URL(page.url() === "about:blank" ? "http://x/" : page.url()).pathname !== path) await page.goto(path);
  const details = page.getByTestId("correction");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  const form = page.getByTestId("correction-form");
  await form.locator("#f-body").fill(s.body);
  await form.locator("#f-source_url").fill(s.url);
  await form.locator("#f-email").fill(s.email ?? "");
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path);
  await form.locator("button[type=submit]").click();
  const res = await answer;
  await page.getByTestId("correction").locator(".form-status.error, [data-testid=correction-thanks]").first().waitFor();
  return res;
}

const etagOf = async (path: string) => (await fetch(urlFor(path))).headers.get("etag");

describe("suggesting a correction, signed out", { timeout: 180_000 }, () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`stores it from a statement page and a country page and changes nothing public (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await ownClientAddress(page);
      const publicPaths = [`/statements/${target.id}`, `/countries/${otherCountry}`, "/", `/api/v1/statements/${target.id}`];
      const before = await Promise.all(publicPaths.map(etagOf));
      const countBefore = countSuggestions();

      const onStatement = suggestion(javaScriptEnabled ? "js" : "nojs");
      const res = await suggest(page, `/statements/${target.id}`, onStatement);
      expect(await page.getByTestId("correction-thanks").innerText()).toBe("Thank you, an editor will review it.");
      // The answer to a form post is this reader's own: never one a shared cache may keep.
      expect((await res.allHeaders())["cache-control"] ?? "").not.toMatch(/public|s-maxage/);

      const onCountry = suggestion(javaScriptEnabled ? "js-country" : "nojs-country");
      await page.goto(`/countries/${otherCountry}`);
      await suggest(page, `/countries/${otherCountry}`, { ...onCountry, email: "" });
      expect(await page.getByTestId("correction-thanks").innerText()).toBe("Thank you, an editor will review it.");

      const stored = suggestions().slice(countBefore);
      expect(stored.map((r) => ({ s: r.statement_id, c: r.country_iso3, body: r.body, url: r.source_url, email: r.email, status: r.status }))).toEqual([
        { s: target.id, c: null, body: onStatement.body, url: onStatement.url, email: onStatement.email, status: "open" },
        { s: null, c: otherCountry, body: onCountry.body, url: onCountry.url, email: null, status: "open" },
      ]);
      // Not public data: the dataset revision, hence every public ETag, is unchanged; the pages still public-cacheable.
      expect(await Promise.all(publicPaths.map(etagOf))).toEqual(before);
      const pageAnswer = await fetch(urlFor(`/statements/${target.id}`));
      expect(pageAnswer.headers.get("cache-control")).toMatch(/^public/);
      expect(await pageAnswer.text()).not.toContain(onStatement.body);
    });
  }

  it("refuses bad input with a form error and stores nothing; a filled spam trap is thanked and stored nowhere", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await ownClientAddress(page);
    const before = countSuggestions();
    const cases: { s: { body: string; url: string; email?: string }; field: string; message: RegExp }[] = [
      { s: { body: "too short", url: "https://example.org/a" }, field: "body", message: /at least 10 characters/ },
      { s: { body: "The stance is coded wrongly here.", url: "ftp://example.org/file" }, field: "source_url", message: /not an http\(s\) URL/ },
      { s: { body: "The stance is coded wrongly here.", url: "https://example.org/b", email: "not-an@address@x" }, field: "email", message: /not an e-mail address/ },
      { s: { body: `${"x".repeat(2001)}`, url: "https://example.org/c" }, field: "body", message: /max 2000/ },
    ];
    for (const c of cases) {
      // Browser-side checks are taken off so the server's own rule is what answers.
      await page.goto(`/countries/${otherCountry}`);
      await page.getByTestId("correction").locator("summary").click();
      await page.getByTestId("correction-form").evaluate((f) => ((f as HTMLFormElement).noValidate = true));
      await suggest(page, `/countries/${otherCountry}`, c.s);
      expect(await page.getByTestId("correction").locator(".form-status.error").innerText()).toMatch(/Nothing was sent/);
      expect(await page.locator(`#f-${c.field}-error`).innerText()).toMatch(c.message);
      // What the reader typed is kept.
      expect(await page.locator("#f-source_url").inputValue()).toBe(c.s.url);
    }
    expect(countSuggestions()).toBe(before);

    const js = await newPage({ javaScriptEnabled: true });
    await ownClientAddress(js);
    await js.goto(`/statements/${target.id}`);
    await js.getByTestId("correction").locator("summary").click();
    await js.locator('input[name="url_check"]').evaluate((i) => ((i as HTMLInputElement).value = "http://spam.example/"));
    await suggest(js, `/statements/${target.id}`, suggestion("trap"));
    expect(await js.getByTestId("correction-thanks").innerText()).toBe("Thank you, an editor will review it.");
    expect(countSuggestions()).toBe(before);
  });

  it("limits each client, whatever forwarding headers it adds; another client is not held back", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const ip = await ownClientAddress(page);
    const before = countSuggestions();
    for (let i = 0; i < CORRECTION_LIMIT.max; i++) {
      await suggest(page, `/statements/${target.id}`, suggestion("limit"));
      expect(await page.getByTestId("correction-thanks").count()).toBe(1);
      await page.goto("about:blank");
    }
    expect(countSuggestions()).toBe(before + CORRECTION_LIMIT.max);
    // The client writes what it likes left of the proxy's entry, and headers no proxy here sets:
    // the right-most untrusted X-Forwarded-For address (the peer rule) still decides.
    const spoofs: Record<string, string>[] = [
      { "x-forwarded-for": ip },
      { "x-forwarded-for": `203.0.113.9, ${ip}` },
      { "x-forwarded-for": ip, "x-real-ip": "203.0.113.10", forwarded: "for=203.0.113.11", "cf-connecting-ip": "203.0.113.12", "true-client-ip": "203.0.113.13", "x-tracker-client-address": "203.0.113.14" },
    ];
    for (const headers of spoofs) {
      await page.context().setExtraHTTPHeaders(headers);
      await suggest(page, `/statements/${target.id}`, suggestion("spoof"));
      expect(await page.getByTestId("correction").locator(".form-status.error").innerText()).toMatch(/Nothing was sent: You have sent 5 suggestions/);
      await page.goto("about:blank");
    }
    expect(countSuggestions()).toBe(before + CORRECTION_LIMIT.max);

    const other = await newPage({ javaScriptEnabled: false });
    await ownClientAddress(other);
    await suggest(other, `/statements/${target.id}`, suggestion("other-client"));
    expect(await other.getByTestId("correction-thanks").count()).toBe(1);
  });

  it("keeps every suggester's e-mail off every public page and the public API", async () => {
    const emails = suggestions().flatMap((r) => (r.email ? [r.email] : []));
    expect(emails.length).toBeGreaterThan(0);
    const urls = new Set([`/statements/${target.id}`, `/countries/${target.iso3}`, `/countries/${otherCountry}`, `/api/v1/statements/${target.id}`, `/api/v1/statements?country=${target.iso3}`, "/api/v1/export.csv", "/feed.atom"]);
    for (const route of builtRoutes()) {
      if (route.path.startsWith("/admin") || route.path.startsWith("/api/auth") || route.path.startsWith("/api/v1/admin")) continue;
      if (route.params.length === 0) urls.add(route.path);
    }
    for (const u of urls) {
      const body = await (await fetch(urlFor(u))).text();
      for (const email of emails) expect(body.includes(email), `${u} shows ${email}`).toBe(false);
    }
  });
});

describe("at 390 px", { timeout: 120_000 }, () => {
  it("the open form and a refused form fit the viewport on a statement and a country page", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await ownClientAddress(page);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/statements/${target.id}`, `/countries/${otherCountry}`]) {
      await page.goto(path);
      await page.getByTestId("correction-form").evaluate((f) => ((f as HTMLFormElement).noValidate = true));
      await suggest(page, path, { body: "short", url: "https://example.org/x" });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(innerWidth).toBe(390);
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
    }
  });
});

describe("the editors' queue", { timeout: 180_000 }, () => {
  it("lists suggestions with the e-mail, refuses a dismissal without a reason, and accepts one into the prefilled edit form", async () => {
    const reader = await newPage({ javaScriptEnabled: false });
    await ownClientAddress(reader);
    const toAccept = suggestion("accept");
    const toDismiss = suggestion("dismiss");
    await suggest(reader, `/statements/${target.id}`, toAccept);
    await reader.goto("about:blank");
    await suggest(reader, `/statements/${target.id}`, toDismiss);
    const acceptRow = suggestions().find((r) => r.body === toAccept.body)!;
    const dismissRow = suggestions().find((r) => r.body === toDismiss.body)!;

    // Signed out, the queue is not there to be read.
    const anon = await fetch(urlFor("/admin/corrections"), { redirect: "manual" });
    expect(anon.status).toBeGreaterThanOrEqual(300);
    expect(await anon.text()).not.toContain(toAccept.email);

    // With JavaScript the queue is only read; without, the decisions are made (after which the open list no longer has them).
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ javaScriptEnabled });
      await signIn(page, EDITOR, "/admin/corrections");
      const row = page.locator(`[data-testid=correction-row][data-correction-id="${acceptRow.id}"]`);
      expect(await row.innerText()).toContain(toAccept.email);
      // Newest first.
      const ids = await page.getByTestId("correction-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-correction-id"))));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      if (javaScriptEnabled) continue;

      await page.goto(`/admin/corrections/${dismissRow.id}`);
      expect(await page.getByTestId("correction-target").innerText()).toContain(`Statement #${target.id}`);
      expect(await page.getByTestId("suggester-email").innerText()).toBe(toDismiss.email);
      await submitForm(page, "Dismiss");
      await page.locator("[data-testid=dismiss-correction] .form-status.error").waitFor();
      expect(await page.locator("[data-testid=dismiss-correction] .form-status.error").innerText()).toMatch(/give the reason/);
      expect(suggestions().find((r) => r.id === dismissRow.id)!.status).toBe("open");
      await page.locator("[data-testid=dismiss-correction] #f-reason").fill("The statement already cites this source.");
      await submitForm(page, "Dismiss");
      await page.waitForURL(/\/admin\/corrections\?/);
      expect(suggestions().find((r) => r.id === dismissRow.id)).toMatchObject({ status: "dismissed", reason: "The statement already cites this source.", handled_by: EDITOR.email });
      // The dismissed one has left the default (open) list.
      expect(await page.locator(`[data-testid=correction-row][data-correction-id="${dismissRow.id}"]`).count()).toBe(0);

      const version = currentVersion(target.id).version;
      await page.goto(`/admin/corrections/${acceptRow.id}`);
      await submitForm(page, "Accept and edit");
      await page.waitForURL((u) => u.pathname === `/admin/statements/${target.id}/edit` && u.searchParams.get("correction") === String(acceptRow.id));
      expect(await page.locator('input[name="source_mode"][value="new"]').isChecked()).toBe(true);
      expect(await page.locator("#f-source_url").inputValue()).toBe(toAccept.url);
      expect(await page.getByTestId("correction-prefill").innerText()).toContain(toAccept.body);
      expect(suggestions().find((r) => r.id === acceptRow.id)).toMatchObject({ status: "accepted", handled_by: EDITOR.email });
      await page.locator("#f-source_title").fill("Suggested by a reader");
      await submitForm(page);
      await page.waitForURL(`**/statements/${target.id}`);
      expect(currentVersion(target.id).version).toBe(version + 1);
      const cited = readDb((db) => db.prepare("select so.url as url from statements s join sources so on so.id = s.source_id where s.statement_id = ? and s.superseded_at is null").get(target.id) as { url: string });
      expect(cited.url).toBe(toAccept.url);
      const audit = readDb((db) => db.prepare("select action, actor, entity_id as id from audit_log where entity = 'correction' order by audit_log.id").all());
      expect(audit).toEqual([
        { action: "dismiss", actor: EDITOR.email, id: String(dismissRow.id) },
        { action: "accept", actor: EDITOR.email, id: String(acceptRow.id) },
      ]);
    }
  });
});
