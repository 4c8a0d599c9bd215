/**
 * The reference deployment (deploy/nginx.conf.template, docs/scaling.md): N production app
 * processes (`npm start`'s dist/serve.js) on one SQLite file behind nginx as shared cache and load
 * balancer. Used by `npm run deploy:local` (scripts/deploy-local.ts), the e2e spec
 * (e2e/deploy-nginx.e2e.ts) and the benchmark, so all three run the same thing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, prepareDatabase, startServer, stopServer, waitUntilReady, type ServerHandle } from "./app-server";

export type Deployment = { baseURL: string; dir: string; databasePath: string; apps: ServerHandle[]; nginx: ChildProcess; stop(): Promise<void> };

/** The nginx binary on PATH (or in /usr/sbin, where Debian puts it), or null. */
export function findNginx(): string | null {
  for (const candidate of ["nginx", "/usr/sbin/nginx"]) {
    const r = spawnSync(candidate, ["-v"], { encoding: "utf8" });
    if (r.status === 0) return candidate;
  }
  return null;
}

/** deploy/nginx.conf.template filled in. */
export function nginxConfig(root: string, dir: string, port: number, appPorts: number[]): string {
  const template = fs.readFileSync(path.join(root, "deploy", "nginx.conf.template"), "utf8");
  const upstreams = appPorts.map((p) => `        server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  const user = process.getuid?.() === 0 ? "user root;" : "";
  return template
    .replaceAll("{{USER_DIRECTIVE}}", user)
    .replaceAll("{{DIR}}", dir).replaceAll("{{PORT}}", String(port)).replaceAll("{{UPSTREAMS}}", upstreams);
}

export type NginxProcess = { child: ChildProcess; stop(): Promise<void> };

/**
 * Runs nginx in the foreground with prefix `dir` and config `conf` (its error log in
 * dir/error.log) and waits until `readyURL` answers 2xx. If nginx exits or 20 s pass first, it is
 * stopped and this throws "`name` did not start". stop() ends it gracefully (SIGQUIT) and waits.
 */
export async function startNginx(
  nginxBin: string,
  dir: string,
  conf: string,
  readyURL: string,
  { stdio, name }: { stdio: "inherit" | "ignore"; name: string },
): Promise<NginxProcess> {
  const errorLog = path.join(dir, "error.log");
  const child = spawn(nginxBin, ["-p", dir, "-c", conf, "-e", errorLog, "-g", "daemon off;"], { stdio: ["ignore", stdio, stdio] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT");
      await exited;
    }
  };
  // nginx is ready when it answers.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(readyURL, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) return { child, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not start: see ${errorLog}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts the deployment: prepares `databasePath` (migrations, seed) once, then `apps` app processes
 * and nginx on `port` (a free one by default). FRONT_CACHE stays on in the apps: nginx holds each
 * URL for s-maxage; the apps' own caches make its misses and revalidations cheap and see every
 * write at once. The apps trust nginx's forwarding headers (AUTH_TRUSTED_PROXIES) and know their
 * public origin (SITE_URL = nginx's).
 */
export async function startDeployment(
  root: string,
  { apps = 2, port, databasePath, env = process.env }: { apps?: number; port?: number; databasePath?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Deployment> {
  const nginxBin = findNginx();
  if (!nginxBin) throw new Error("nginx is not installed (Debian: apt-get install -y nginx)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-deploy-"));
  const db = databasePath ?? path.join(dir, "tracker.db");
  const frontPort = port ?? (await freePort());
  const origin = `http://127.0.0.1:${frontPort}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_PATH: db,
    AUTH_TRUSTED_PROXIES: "127.0.0.1",
    SITE_URL: env.SITE_URL ?? origin,
    BETTER_AUTH_URL: env.BETTER_AUTH_URL ?? origin,
    // One secret for every process: a session signed by one is valid on the others.
    BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET ?? crypto.randomBytes(32).toString("base64"),
  };
  prepareDatabase(root, appEnv);
  const handles: ServerHandle[] = [];
  const appPorts: number[] = [];
  for (let i = 0; i < apps; i++) {
    const p = await freePort();
    appPorts.push(p);
    handles.push(startServer(root, appEnv, p, path.join(dir, `app-${i + 1}.log`)));
  }
  await Promise.all(handles.map((h) => waitUntilReady(h, 90_000)));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(root, dir, frontPort, appPorts));
  let nginx: NginxProcess;
  try {
    nginx = await startNginx(nginxBin, dir, conf, `${origin}/api/health`, { stdio: "inherit", name: "nginx" });
  } catch (err) {
    await Promise.all(handles.map((h) => stopServer(h)));
    throw err;
  }
  const stop = async () => {
    await nginx.stop();
    await Promise.all(handles.map((h) => stopServer(h)));
  };
  return { baseURL: origin, dir, databasePath: db, apps: handles, nginx: nginx.child, stop };
}
