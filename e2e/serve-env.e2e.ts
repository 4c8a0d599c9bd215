/**
 * scripts/serve.ts started the way an operator configures it (issue 11, items 3 and 7): a second
 * server on the e2e database, given no -H flag but HOSTNAME=127.0.0.1 (as `next start` honours
 * it) and AUTH_TRUSTED_PROXIES=127.0.0.1 (the test process plays the reverse proxy).
 *
 * - It listens on 127.0.0.1 only: no other local address (another loopback address, ::1, the
 *   machine's own addresses) accepts a connection.
 * - A trusted proxy's forwarded host and scheme are the page's public origin, and they are part
 *   of the cache key: a request through "another proxy host" or none gets its own entry.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eContext } from "./support/context";
import { plainRequest } from "./support/raw-http";
import { freePort, stopServer, waitUntilReady, type ServerHandle } from "../scripts/support/app-server";

const root = process.cwd();
let server: ServerHandle;
let port: number;
let dir: string;

/** Resolves "connected" or the connection error's code. */
function tryConnect(host: string, p: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: p });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve("timeout");
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-serve-env-"));
  port = await freePort();
  const logFile = path.join(dir, "server.log");
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts"), "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: e2eContext().databasePath,
      HOSTNAME: "127.0.0.1",
      AUTH_TRUSTED_PROXIES: "127.0.0.1",
      SITE_URL: "",
    },
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  server = { child, baseURL: `http://127.0.0.1:${port}`, logFile };
  await waitUntilReady(server, 60_000);
});

afterAll(async () => {
  if (server) await stopServer(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("scripts/serve.ts with HOSTNAME=127.0.0.1", () => {
  it("listens on 127.0.0.1 and on no other local address", async () => {
    expect(await tryConnect("127.0.0.1", port)).toBe("connected");
    const others = [
      "127.0.0.2",
      "::1",
      ...Object.values(os.networkInterfaces())
        .flat()
        .filter((a) => a !== undefined && !a.internal && !a.address.startsWith("fe80:"))
        .map((a) => a!.address),
    ];
    for (const address of others) expect(await tryConnect(address, port), address).not.toBe("connected");
  });
});

describe("scripts/serve.ts behind a trusted proxy (AUTH_TRUSTED_PROXIES=127.0.0.1)", () => {
  const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const home = "/?date=2099-04-01";
  const read = async (headers: Record<string, string>) => {
    const res = await plainRequest(server.baseURL, home, { "accept-encoding": "identity", ...headers });
    expect(res.status).toBe(200);
    return ogImage(res.body.toString("utf8"));
  };

  it("uses the proxy's forwarded host and scheme, and keys the cache on them", async () => {
    // Each twice: the second answer is the stored copy of the first.
    for (let i = 0; i < 2; i++) {
      expect(await read({ "x-forwarded-host": "tracker.example", "x-forwarded-proto": "https" })).toMatch(/^https:\/\/tracker\.example\/og\?/);
      expect(await read({ forwarded: 'for=198.51.100.1;host="mirror.example:8443";proto=https' })).toMatch(/^https:\/\/mirror\.example:8443\/og\?/);
      expect(await read({ "x-forwarded-host": "tracker.example" })).toMatch(/^http:\/\/tracker\.example\/og\?/);
      expect(await read({})).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/og\\?`));
    }
  });
});
