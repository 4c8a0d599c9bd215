/**
 * Helpers for the editors' browser tests: accounts made with the real `admin:create` script against
 * the server's database, sign-in through the real form (each browser context with its own client
 * address, since sign-in is rate limited per address), read-only database access, and a checksum
 * of everything editors can change.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { e2eContext, urlFor } from "./context";

export const ADMIN = { email: "admin@e2e.example.org", password: "e2e admin password 1" };
export const EDITOR = { email: "editor@e2e.example.org", password: "e2e editor password 1" };

/** Creates an account with `npm run admin:create` against the server's database (once per email). */
export function createAccount(account: { email: string; password: string }, role: "admin" | "editor"): void {
  const root = process.cwd();
  const db = new Database(e2eContext().databasePath, { readonly: true });
  const exists = db.prepare("select 1 from users where email = ?").get(account.email) !== undefined;
  db.close();
  if (exists) return;
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/admin-create.ts", "--email", account.email, "--role", role],
    { cwd: root, env: { ...process.env, DATABASE_PATH: e2eContext().databasePath, ADMIN_PASSWORD: account.password }, encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`admin:create failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

let clients = 0;
/** A client address of its own for this page's context (X-Forwarded-For, as a proxy would set it). */
export async function ownClientAddress(page: Page): Promise<string> {
  clients += 1;
  const ip = `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${clients}`;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": ip });
  return ip;
}

/**
 * Submits the sign-in form and waits for the server's answer to that submission (so a following
 * attempt is never typed into a form that is still pending and about to be reset).
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes("/admin/login")) await page.goto("/admin/login");
  await page.locator("#f-email").fill(email);
  await page.locator("#f-password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/login", {
    timeout: 30_000,
  });
  await page.locator("form.admin-form button[type=submit]").click();
  await answered;
  // Done when React has applied the answer: the page moved on (signed in), or the button, disabled
  // while pending, is enabled again (and the form has been reset).
  await page.waitForFunction(
    () => location.pathname !== "/admin/login" || document.querySelector("form.admin-form button[type=submit]:not([disabled])") !== null,
    undefined,
    { timeout: 30_000 },
  );
}

/** Signs in through the form from a fresh client address and waits for the admin home. */
export async function signIn(page: Page, account: { email: string; password: string }, next = "/admin"): Promise<void> {
  await ownClientAddress(page);
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await submitSignIn(page, account.email, account.password);
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}

/** Clicks the submit button of the page's main admin form. */
export async function submitForm(page: Page, label?: string): Promise<void> {
  const buttons = page.locator("form.admin-form button[type=submit]");
  await (label ? buttons.filter({ hasText: label }) : buttons.first()).click();
}

/** Reads from the server's database without writing. */
export function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(e2eContext().databasePath, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const CHANGEABLE_TABLES = ["statements", "sources", "events", "event_participants", "audit_log", "users", "accounts", "import_drafts"];

/**
 * A checksum of the public CSV export plus every row of every table an editor's action can change
 * (sessions excluded: signing in is not a change to the data).
 */
export async function dataChecksum(): Promise<string> {
  const hash = crypto.createHash("sha256");
  const res = await fetch(urlFor("/api/v1/export.csv"));
  expect(res.status).toBe(200);
  hash.update(await res.text());
  readDb((db) => {
    for (const table of CHANGEABLE_TABLES) hash.update(JSON.stringify(db.prepare(`select * from ${table} order by rowid`).all()));
  });
  return hash.digest("hex");
}

/** The current version of a statement, straight from the database. */
export function currentVersion(statementId: number): { version: number; stance: string; quote: string | null; conditions: string | null; status: string; recorded_by: string } {
  return readDb(
    (db) =>
      db
        .prepare("select version, stance, quote, conditions, status, recorded_by from statements where statement_id = ? and superseded_at is null")
        .get(statementId) as ReturnType<typeof currentVersion>,
  );
}

/** The statement id in a /statements/{id} URL. */
export function statementIdOf(url: string): number {
  const m = /\/statements\/(\d+)$/.exec(new URL(url).pathname);
  if (!m) throw new Error(`not a statement permalink: ${url}`);
  return Number(m[1]);
}

/** expect.poll with room for a loaded machine: server round trips here take seconds, not the default 1 s. */
export function poll<T>(fn: () => Promise<T> | T) {
  return expect.poll(fn, { timeout: 20_000, interval: 200 });
}
