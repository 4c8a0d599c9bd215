/**
 * Vitest global setup for the browser tests: one production server for the whole run, on a free
 * port, with a fresh migrated-and-seeded SQLite file in a temporary directory. It tests the build
 * that `npm run build` left in .next; it never builds itself (that would hide a stale build step).
 *
 * Env knobs: E2E_STARTUP_TIMEOUT_MS (default 60000), E2E_KEEP_TMP=1 keeps the temp dir.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
// The ProvidedContext keys used below are declared in ./context.ts (not imported: it imports vitest's
// runtime `inject`, which belongs in test files, not in the main process).
import {
  freePort,
  killServerNow,
  prepareDatabase,
  startServer,
  stopServer,
  tailOf,
  waitUntilReady,
  type ServerHandle,
} from "../../scripts/support/app-server";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error(
      "e2e: no production build found (.next/BUILD_ID is missing). Run `npm run build` before `npm run test:e2e`.",
    );
  }

  // Screenshots from an earlier run would read as failures of this one.
  fs.rmSync(path.join(root, "test-results", "e2e-screenshots"), { recursive: true, force: true });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-e2e-"));
  const databasePath = path.join(tmp, "tracker.db");
  const logFile = path.join(tmp, "server.log");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_PATH: databasePath,
    // The tests' own client (127.0.0.1) acts as a trusted proxy, so that a test can give each
    // client its own address with X-Forwarded-For (e2e/support/admin.ts, api-session.ts). That an
    // untrusted client cannot is tested on a server of its own (e2e/auth-hardening.e2e.ts).
    AUTH_TRUSTED_PROXIES: "127.0.0.1, ::1",
  };

  let server: ServerHandle | undefined;
  // The server is in its own process group, so a signal to vitest's group (Ctrl-C, `timeout` in
  // .ci/run) would not reach it: kill it on the way out, then let the signal do what it would have.
  const onExit = () => server && killServerNow(server);
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    removeHandlers();
    process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const removeHandlers = () => {
    process.removeListener("exit", onExit);
    for (const s of signals) process.removeListener(s, onSignal);
  };
  process.once("exit", onExit);
  for (const s of signals) process.once(s, onSignal);

  const cleanUp = async () => {
    if (server) await stopServer(server);
    removeHandlers();
    keepServerLog(root, logFile);
    if (process.env.E2E_KEEP_TMP === "1") console.log(`e2e: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };

  try {
    prepareDatabase(root, env);
    const port = await freePort();
    server = startServer(root, env, port, logFile);
    const timeoutMs = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 60_000);
    const started = Date.now();
    await waitUntilReady(server, timeoutMs);
    console.log(`e2e: scripts/serve.ts (front cache + next) ready at ${server.baseURL} in ${Date.now() - started} ms (db ${databasePath})`);
    project.provide("baseURL", server.baseURL);
    project.provide("databasePath", databasePath);
  } catch (err) {
    await cleanUp();
    throw err;
  }

  return async () => {
    await cleanUp();
  };
}

/** Copies the server log next to the JSON reports (test-results/ is git-ignored) for post-mortems. */
function keepServerLog(root: string, logFile: string): void {
  if (!fs.existsSync(logFile)) return;
  const dir = path.join(root, "test-results");
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(logFile, path.join(dir, "e2e-server.log"));
  } catch (err) {
    console.warn(`e2e: could not keep the server log: ${(err as Error).message}\n${tailOf(logFile, 20)}`);
  }
}
