/**
 * Starting and stopping the production server (as `npm start` runs it), for the e2e run and the
 * benchmarks alike, which is why it lives here and not under e2e/ or scripts/bench/. Plain Node
 * only (no vitest, no app imports) so it runs inside vitest's global setup without pulling the app
 * into the test process.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export type ServerHandle = { child: ChildProcess; baseURL: string; logFile: string };

/** A port the OS says is free right now (listen on 0, read it back, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      if (address === null || typeof address === "string") {
        srv.close(() => reject(new Error("could not read a free port")));
        return;
      }
      srv.close(() => resolve(address.port));
    });
  });
}

/** The last `lines` lines of a text file, or a note that it cannot be read. */
export function tailOf(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch (err) {
    return `(cannot read ${file}: ${(err as Error).message})`;
  }
}

/**
 * Migrates and seeds an empty database with the project's own script. `react-server` is the
 * condition under which `server-only` (imported by db/ modules) resolves to its no-op entry.
 */
export function prepareDatabase(root: string, env: NodeJS.ProcessEnv): void {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}, signal ${result.signal}`;
    throw new Error(
      `e2e: scripts/prepare-db.ts failed (${why}).\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
}

/** How to run the production server: the app's own scripts/serve.ts (front cache + Next, as `npm start`) or bare `next start`. */
export type ServerKind = "front cache" | "next start";

/** The command line (after `node`) that starts the production server of kind `kind` on `port`. */
export function serverArgs(root: string, port: number, kind: ServerKind = "front cache"): string[] {
  const host = ["-p", String(port), "-H", "127.0.0.1"];
  if (kind === "next start") return [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", ...host];
  return ["--import", "tsx", path.join(root, "scripts", "serve.ts"), ...host];
}

/**
 * Starts the production server directly with node (not through npx or npm, whose wrappers would
 * outlive a kill) in its own process group, so `stopServer` can end it and every child it spawned
 * at once. By default what `npm start` runs (scripts/serve.ts); `kind: "next start"` for bare Next.
 */
export function startServer(root: string, env: NodeJS.ProcessEnv, port: number, logFile: string, kind: ServerKind = "front cache"): ServerHandle {
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, serverArgs(root, port, kind), {
    cwd: root,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log); // the child holds its own descriptor
  return { child, baseURL: `http://127.0.0.1:${port}`, logFile };
}

/**
 * Polls GET /api/health until it answers 200 with `{ ok: true }`. Fails early, with the server's
 * log, if the process exits or the deadline passes.
 */
export async function waitUntilReady(server: ServerHandle, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `e2e: the server exited (code ${server.child.exitCode}, signal ${server.child.signalCode}) before it was ready.\n` +
          `--- tail of ${server.logFile} ---\n${tailOf(server.logFile)}`,
      );
    }
    try {
      const res = await fetch(`${server.baseURL}/api/health`, { signal: AbortSignal.timeout(3_000) });
      const body = await res.text();
      if (res.status === 200 && (JSON.parse(body) as { ok?: unknown }).ok === true) return;
      last = `HTTP ${res.status}: ${body.slice(0, 200)}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `e2e: ${server.baseURL}/api/health was not ready within ${timeoutMs / 1000} s (last: ${last}).\n` +
      `--- tail of ${server.logFile} ---\n${tailOf(server.logFile)}`,
  );
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group, then SIGKILL if it is still there after `graceMs`. */
export async function stopServer(server: ServerHandle, graceMs = 5_000): Promise<void> {
  const pid = server.child.pid;
  if (pid === undefined) return;
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
}

/** Synchronous last resort for process exit paths where no await is possible. */
export function killServerNow(server: ServerHandle): void {
  if (server.child.pid !== undefined) signalGroup(server.child.pid, "SIGKILL");
}
