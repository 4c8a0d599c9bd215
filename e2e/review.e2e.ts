/**
 * Issue 17, review before publishing, in a real browser against the production server as
 * `npm start` runs it:
 *
 * - review on: a SECOND server with REVIEW_REQUIRED=1 on a temporary database of its own, with two
 *   editor accounts. Editor A's save becomes a draft no public page or API shows; A cannot approve
 *   it (through the page or the REST door); editor B sees the diff and approves it, and then it
 *   is public. A rejection needs a reason (a field error otherwise, also without JavaScript) and
 *   stays in the review history with it.
 * - review off (the shared server): a save publishes at once and no draft is made.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR, poll, readDb, signIn, statementIdOf, submitForm } from "./support/admin";
import { launchBrowser, setupBrowser } from "./support/browser";
import { urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { runScript } from "../tests/support/run-script";
import { compiledScript, freePort, prepareDatabase, startServer, stopServer, waitUntilReady, type ServerHandle } from "../scripts/support/app-server";

const A = { email: "author@review.example.org", password: "review author password 1" };
const B = { email: "reviewer@review.example.org", password: "review reviewer password 1" };

/** Fills the statement form with a new source and submits it. */
async function fillStatement(page: Page, v: { country: string; statedOn: string; quote: string; sourceTitle: string }) {
  await page.goto("/admin/statements/new");
  await page.locator("#f-country").fill(v.country);
  await page.locator("#f-stated_on").fill(v.statedOn);
  await page.locator("#f-stance").selectOption("support_only");
  await page.locator("#f-quote").fill(v.quote);
  await page.locator("#f-quote_language").fill("en");
  await page.locator('input[name="source_mode"][value="new"]').check();
  await page.locator("#f-source_title").fill(v.sourceTitle);
  await page.locator("#f-source_url").fill(`https://example.org/${encodeURIComponent(v.sourceTitle)}`);
  await submitForm(page);
}

describe("review on (REVIEW_REQUIRED=1, a server of its own)", { timeout: 240_000 }, () => {
  let dir: string;
  let server: ServerHandle;
  let browser: Browser;
  let databasePath: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-review-"));
    databasePath = path.join(dir, "tracker.db");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: databasePath,
      AUTH_TRUSTED_PROXIES: "127.0.0.1, ::1",
      REVIEW_REQUIRED: "1",
    };
    prepareDatabase(process.cwd(), env);
    for (const account of [A, B]) {
      const res = runScript("admin-create", ["--email", account.email, "--role", "editor"], databasePath, { env: { ADMIN_PASSWORD: account.password }, timeout: 120_000 });
      expect(res.status, res.stderr).toBe(0);
    }
    server = startServer(process.cwd(), env, await freePort(), path.join(dir, "server.log"));
    await waitUntilReady(server, 60_000);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A page on the review server, signed in as `account`, from a client address of its own. */
  async function signedIn(account: { email: string; password: string }, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: "en-GB", ...options });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signIn(page, account);
    return page;
  }

  const drafts = () => {
    const db = new Database(databasePath, { readonly: true });
    try {
      return db.prepare("select id, status, author, reviewed_by as reviewedBy, review_reason as reason from review_drafts order by id").all() as { id: number; status: string; author: string; reviewedBy: string | null; reason: string | null }[];
    } finally {
      db.close();
    }
  };
  /** What a reader gets for Malta: the API's statements, the search API and the country page, as text. */
  async function publicText(): Promise<string> {
    const parts = await Promise.all(
      ["/api/v1/statements?country=MLT", "/api/v1/search?q=Zebracorn", "/api/v1/export.csv", "/countries/MLT", "/feed.atom"].map(async (p) => {
        const res = await fetch(`${server.baseURL}${p}`);
        expect(res.status, p).toBe(200);
        // The search answer repeats the query: only its results count.
        return p.startsWith("/api/v1/search") ? JSON.stringify(((await res.json()) as { results: unknown[] }).results) : res.text();
      }),
    );
    return parts.join("\n");
  }

  it("a draft is invisible to the public; its author cannot approve it; another editor approves it and then it is public", async () => {
    const quote = "Zebracorn Malta will fund the force, pending review.";
    const a = await signedIn(A);
    await fillStatement(a, { country: "Malta (MLT)", statedOn: "2026-02-10", quote, sourceTitle: "Review e2e source" });
    await a.waitForURL((url) => url.pathname === "/admin/review");
    expect(await a.getByTestId("review-notice").innerText()).toMatch(/Saved as a draft for review/);
    const [draft] = drafts();
    expect(draft).toMatchObject({ status: "pending", author: A.email });
    expect(await publicText()).not.toContain("Zebracorn");
    // The nav and the admin home count the pending draft.
    await a.goto("/admin");
    expect(await a.getByTestId("pending-review").innerText()).toMatch(/1 draft waits for review/);

    // A's own approval is refused by the server (the button is there; the verb says no).
    await a.goto("/admin/review");
    const mine = a.locator(`[data-draft-id="${draft!.id}"]`);
    await mine.locator("form.review-approve button[type=submit]").click();
    await poll(() => mine.locator("form.review-approve .form-status").innerText()).toMatch(/cannot approve your own draft/);
    expect(drafts()[0]!.status).toBe("pending");
    // The REST door refuses it the same way.
    const cookieA = await apiSignIn(server.baseURL, A, `10.78.${process.pid & 255}.1`);
    const rest = await apiWrite(server.baseURL, cookieA, "POST", `/api/v1/admin/review/${draft!.id}/approve`, {});
    expect(rest.status).toBe(403);
    expect(((await rest.json()) as { error: string }).error).toMatch(/own draft/);
    expect(await publicText()).not.toContain("Zebracorn");

    // B sees what the draft proposes, with labels, and approves it.
    const b = await signedIn(B);
    await b.goto("/admin/review");
    const theirs = b.locator(`[data-draft-id="${draft!.id}"]`);
    expect(await theirs.locator('[data-field="quote"]').innerText()).toContain(quote);
    expect(await theirs.locator('[data-field="stance"]').innerText()).toMatch(/Support without deployment/);
    await theirs.locator("form.review-approve button[type=submit]").click();
    await b.waitForURL((url) => url.searchParams.get("approved") === String(draft!.id));
    expect(drafts()[0]).toMatchObject({ status: "approved", reviewedBy: B.email });
    const published = await publicText();
    expect(published).toContain(quote);
    // The approver is in the audit log and on the statement's admin page.
    const link = await b.getByTestId("review-notice").locator("a").getAttribute("href");
    const id = statementIdOf(new URL(link!, server.baseURL).href);
    await b.goto(`/admin/statements/${id}`);
    expect(await b.getByTestId("statement-reviews").innerText()).toMatch(new RegExp(`approved by ${B.email.replace(/\./g, "\\.")}`));
    await b.goto("/admin/history?entity=draft");
    expect(await b.locator("body").innerText()).toMatch(/approve/);

    // The public statement page's version history names the approver by display name, with the
    // time, and no e-mail; the public API carries the same, and the admin history shows it too.
    const approverName = (() => {
      const db = new Database(databasePath, { readonly: true });
      try {
        return db.prepare("select display_name from users where email = ?").pluck().get(B.email) as string;
      } finally {
        db.close();
      }
    })();
    expect(approverName).toMatch(/^Editor \d+$/);
    const approval = new RegExp(`approved by ${approverName}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC`);
    const reader = await browser.newPage({ baseURL: server.baseURL });
    await reader.goto(`/statements/${id}`);
    const history = await reader.getByTestId("version-history").innerText();
    expect(history).toMatch(approval);
    const page = await reader.content();
    for (const email of [A.email, B.email]) expect(page).not.toContain(email);
    await reader.close();
    const api = await fetch(`${server.baseURL}/api/v1/statements/${id}`);
    expect(api.status).toBe(200);
    const body = await api.text();
    expect((JSON.parse(body) as { current: { approvedBy: string | null; approvedAt: string | null } }).current).toMatchObject({ approvedBy: approverName, approvedAt: expect.stringMatching(/Z$/) });
    for (const email of [A.email, B.email]) expect(body).not.toContain(email);
    await b.goto(`/admin/statements/${id}`);
    expect(await b.getByTestId("version-history").innerText()).toMatch(approval);
  });

  it("a rejection needs a reason (a field error otherwise, without JavaScript too) and stays in the history with it", async () => {
    const a = await signedIn(A);
    await fillStatement(a, { country: "Malta (MLT)", statedOn: "2026-02-11", quote: "Zebracorn rejected draft.", sourceTitle: "Review e2e source two" });
    await a.waitForURL((url) => url.pathname === "/admin/review");
    const draft = drafts().at(-1)!;
    const b = await signedIn(B, { javaScriptEnabled: false });
    await b.goto("/admin/review");
    const form = b.locator(`[data-draft-id="${draft.id}"] form.review-reject`);
    await form.locator("button[type=submit]").click();
    await b.waitForLoadState("load");
    expect(await b.locator(`#reject-${draft.id}-reason-error`).innerText()).toMatch(/reason is required/);
    expect(drafts().at(-1)!.status).toBe("pending");
    await b.locator(`[data-draft-id="${draft.id}"] form.review-reject textarea`).fill("The source does not say this.");
    await b.locator(`[data-draft-id="${draft.id}"] form.review-reject button[type=submit]`).click();
    await b.waitForURL((url) => url.searchParams.get("rejected") === String(draft.id));
    expect(drafts().at(-1)).toMatchObject({ status: "rejected", reviewedBy: B.email, reason: "The source does not say this." });
    expect(await b.getByTestId("review-history").locator(`[data-draft-id="${draft.id}"]`).innerText()).toMatch(/Reason for rejecting: The source does not say this\./);
    expect(await publicText()).not.toContain("Zebracorn rejected draft");
  });
});

describe("REVIEW_REQUIRED with a value that is neither 1 nor 0", () => {
  it("stops the start with a message naming the setting, for every such value", { timeout: 120_000 }, async () => {
    for (const value of ["yes", "true", " 1", "on"]) {
      const res = spawnSync(process.execPath, [compiledScript(process.cwd(), "serve")], {
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(await freePort()), REVIEW_REQUIRED: value },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(res.status, value).toBe(1);
      expect(res.stderr, value).toContain(`REVIEW_REQUIRED: '${value}' is not a valid value`);
    }
  });
});

describe("review off (the shared server)", () => {
  writesWithEditorAccount();
  const { newPage } = setupBrowser();

  it("a save publishes at once and makes no draft", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    await fillStatement(page, { country: "Malta (MLT)", statedOn: "2026-02-12", quote: "Review off: published at once.", sourceTitle: "Review off source" });
    await page.waitForURL(/\/statements\/\d+$/);
    expect(await page.getByTestId("statement-page").getAttribute("data-status")).toBe("published");
    expect(readDb((db) => db.prepare("select count(*) from review_drafts").pluck().get())).toBe(0);
    const res = await fetch(urlFor("/api/v1/statements?country=MLT"));
    expect(await res.text()).toContain("Review off: published at once.");
  });
});
