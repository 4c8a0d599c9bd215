/**
 * `next start` on its own (no prepare step) with a database file it must not use: missing, a
 * directory in its place, not SQLite, SQLite without the schema, or migrated by a newer version.
 * Each time /api/health answers 503, the API 503 with a JSON error, pages a clear notice (never a
 * stack trace), the server log says why, and the file is left as it was. Then a good file is put in
 * place and the same server recovers without a restart.
 *
 * (A file without read permission is refused by the same check in db/client.ts; it is tested
 * through scripts/prepare-db.ts in tests/scripts/prepare-db.test.ts, where the process can run as
 * an unprivileged user: this server runs as root in CI, and root reads any file.)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { freePort, startServer, stopServer, tailOf, type ServerHandle } from "../scripts/support/app-server";

const { newPage } = setupBrowser();
const root = process.cwd();
let dir: string;
let dbFile: string;
let server: ServerHandle;

const LEAK = /\n\s+at \S+ \(|\/node_modules\/|SqliteError|DatabaseUnavailableError|does not exist|tracker\.db/;

async function get(pathname: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${server.baseURL}${pathname}`, { signal: AbortSignal.timeout(20_000) });
  return { status: res.status, body: await res.text() };
}

/**
 * Resets the database path to nothing (no file, no directory, no WAL files), and empties the
 * server's log, so each test reads only the reasons logged for its own file.
 */
function clear(): void {
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { recursive: true, force: true });
  fs.truncateSync(server.logFile, 0); // the server appends (O_APPEND), so it writes from the start again
}

function prepared(file: string): void {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const res = spawnSync(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_PATH: file },
    encoding: "utf8",
  });
  expect(res.status, res.stderr).toBe(0);
}

/** What every request must show while the file is unusable; `logged` is the reason the operator reads. */
async function expectRefused(logged: RegExp): Promise<void> {
  const health = await get("/api/health");
  expect(health.status).toBe(503);
  expect(JSON.parse(health.body)).toEqual({ ok: false, error: "database unavailable" });

  for (const api of ["/api/v1/stances", "/api/v1/categories", "/api/v1/statements/1", "/api/v1/export.csv"]) {
    const res = await get(api);
    expect(res.status, api).toBe(503);
    expect(JSON.parse(res.body), api).toEqual({ error: "The database is unavailable." });
  }
  for (const page of ["/", "/countries", "/countries/FRA", "/statements/1"]) {
    const res = await get(page);
    expect(res.status, page).toBeGreaterThanOrEqual(500);
    expect(res.body, page).not.toMatch(LEAK);
  }

  const page = await newPage();
  await page.goto(`${server.baseURL}/`);
  const alert = page.locator('[role="alert"][data-fault="database"]');
  await alert.waitFor({ timeout: 15_000 });
  expect(await alert.innerText()).toMatch(/The tracker's data is unavailable right now[\s\S]*Nothing has been changed or lost/);
  expect(await page.locator("body").innerText()).not.toMatch(LEAK);

  await expect.poll(() => tailOf(server.logFile, 400), { timeout: 5_000 }).toMatch(logged);
}

describe("next start with an unusable database file", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-startup-"));
    dbFile = path.join(dir, "tracker.db");
    const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: dbFile };
    server = startServer(root, env, await freePort(), path.join(dir, "server.log"));
    // Not waitUntilReady: that waits for a healthy database, which is exactly what is missing here.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = await fetch(`${server.baseURL}/api/health`).then((r) => r.status, () => 0);
      if (status === 503) break;
      if (Date.now() > deadline) throw new Error(`server did not answer: ${tailOf(server.logFile)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is missing", async () => {
    clear();
    await expectRefused(/tracker\.db does not exist/);
    expect(fs.existsSync(dbFile)).toBe(false); // the server never creates it
  });

  it("is a directory", async () => {
    clear();
    fs.mkdirSync(dbFile);
    await expectRefused(/tracker\.db is not a database file \(it is a directory\)/);
    expect(fs.statSync(dbFile).isDirectory()).toBe(true);
  });

  it("is not an SQLite database", async () => {
    clear();
    const garbage = "somebody's notes, not a database\n".repeat(300);
    fs.writeFileSync(dbFile, garbage);
    await expectRefused(/tracker\.db: file is not a database/);
    expect(fs.readFileSync(dbFile, "utf8")).toBe(garbage);
  });

  it("has no tracker schema (never migrated)", async () => {
    clear();
    const empty = new Database(dbFile);
    empty.exec("create table notes (body text); insert into notes values ('keep me')");
    empty.close();
    await expectRefused(/has no Coalition Tracker schema\. Prepare it with "npm run db:migrate"/);
    const check = new Database(dbFile, { readonly: true });
    expect(check.prepare("select body from notes").all()).toEqual([{ body: "keep me" }]);
    check.close();
  });

  it("was migrated by a newer version", async () => {
    clear();
    prepared(dbFile);
    const db = new Database(dbFile);
    db.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(Date.now() + 365 * 86_400_000);
    const statements = (db.prepare("select count(*) as n from statements").get() as { n: number }).n;
    db.close();
    await expectRefused(/migrated by a newer version of Coalition Tracker/);
    const check = new Database(dbFile, { readonly: true });
    expect(check.prepare("select count(*) as n from statements").get()).toEqual({ n: statements });
    check.close();
  });

  it("recovers without a restart once a good file is in place", async () => {
    clear();
    prepared(dbFile);
    expect((await get("/api/health")).status).toBe(200);
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.body).toMatch(/<h1[^>]*>The coalition/);
  });
});
