/**
 * One production server (scripts/serve.ts or bare `next start`, from the existing build, loopback only) on a copy of a
 * benchmark database, for the duration of `job`. The copy keeps the dataset pristine although the
 * freshness check writes to it; the server runs in its own process group and is always stopped.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, stopServer, tailOf, waitUntilReady, type ServerHandle, type ServerKind } from "@/scripts/support/app-server";

export type BenchServer = { baseURL: string; databasePath: string; root: string; kind: ServerKind; logFile: string };
export type { ServerKind };

export async function withBenchServer<T>(
  dbFile: string,
  port: number,
  kind: ServerKind,
  job: (server: BenchServer) => Promise<T>,
): Promise<T> {
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npx next build` first");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-bench-"));
  const databasePath = path.join(tmp, "tracker.db");
  fs.copyFileSync(dbFile, databasePath);
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_PATH: databasePath,
    BETTER_AUTH_URL: baseURL,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? `bench-${process.pid}-${Date.now()}-a-secret-of-enough-length`,
  };
  let server: ServerHandle | undefined;
  const onExit = () => {
    if (server?.child.pid) process.kill(-server.child.pid, "SIGKILL");
  };
  process.once("exit", onExit);
  try {
    server = startServer(root, env, port, path.join(tmp, "server.log"), kind);
    await waitUntilReady(server, 90_000);
    return await job({ baseURL, databasePath, root, kind, logFile: server.logFile });
  } catch (err) {
    if (server) console.error(`--- tail of the ${kind} server's log ---\n${tailOf(server.logFile, 40)}`);
    throw err;
  } finally {
    if (server) await stopServer(server);
    process.removeListener("exit", onExit);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
