/**
 * Load benchmark against the production server (support/bench-server.ts): autocannon at 50
 * connections for a bounded time per target: a static file from public/ (the yardstick), the read
 * API and the dashboard. Then an edit is imported by the CLI (another process) and the next
 * request must already show it: caching may not hide an edit.
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchServer, ServerKind } from "./support/bench-server";

export type LoadTarget = { name: string; path: string };
export type LoadResult = LoadTarget & {
  server: ServerKind; reqPerSec: number; p50: number; p99: number; bytes: number; non2xx: number; errors: number; load: string };
export type FreshnessResult = { path: string; visibleOnNextRequest: boolean; detail: string };

export const STATIC_TARGET: LoadTarget = { name: "static file", path: "/bench-static.txt" };

// What a browser sends; the static file and the views are asked for alike.
const ACCEPT_ENCODING = "gzip, deflate, br";

type Options = { duration: number; connections: number; log?: (s: string) => void };

async function hammer({ baseURL, kind }: BenchServer, target: LoadTarget, duration: number, connections: number): Promise<LoadResult> {
  const url = baseURL + target.path;
  // Warm-up: one full answer first (a cold page at 100k statements takes seconds to render), then
  // a short burst for the JIT, so the measured window is the steady state of a shared link.
  // Every request asks for gzip, as every browser does (the compressed answer is its own cache entry).
  const headers = { "accept-encoding": ACCEPT_ENCODING };
  await (await fetch(url, { headers, signal: AbortSignal.timeout(120_000) })).arrayBuffer();
  await autocannon({ url, headers, connections: 10, duration: 2, timeout: 20 });
  const r = await autocannon({ url, headers, connections, duration, timeout: 20 });
  return {
    ...target,
    server: kind,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytes: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0,
    non2xx: r.non2xx,
    errors: r.errors,
    load: os.loadavg()[0]!.toFixed(2),
  };
}

/**
 * Imports one statement through the CLI into the server's database (another process, as an
 * editor's bulk import would be) and checks that the very next GET of each probe path shows it.
 */
export async function checkFreshness({ root, baseURL, databasePath }: BenchServer, probePaths: string[], date: string): Promise<FreshnessResult[]> {
  // A fresh connection per probe: a pooled keep-alive socket the server has just timed out would
  // fail the probe for a reason that has nothing to do with freshness.
  const get = async (p: string) =>
    (await fetch(baseURL + p, { headers: { connection: "close" }, signal: AbortSignal.timeout(120_000) })).text();
  const before = await Promise.all(probePaths.map(get));
  const marker = `Freshness probe ${Date.now()}`;
  const csv = path.join(path.dirname(databasePath), "freshness.csv");
  fs.writeFileSync(csv, `country,stated_on,stance,quote,source_title\nAND,${date},troops,${marker},Benchmark freshness probe\n`);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["--conditions=react-server", "scripts/import.ts", csv], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    return probePaths.map((p) => ({ path: p, visibleOnNextRequest: false, detail: `import failed: ${run.stderr || run.stdout}` }));
  }
  const results: FreshnessResult[] = [];
  for (const [i, p] of probePaths.entries()) {
    const after = await get(p);
    const visible = !before[i]!.includes(marker) && after.includes(marker);
    results.push({ path: p, visibleOnNextRequest: visible, detail: visible ? "shown by the first request after the import" : "NOT shown" });
  }
  return results;
}

/** Each target in turn: a warm-up, then `duration` seconds at `connections` connections. */
export async function benchLoad(server: BenchServer, targets: LoadTarget[], { duration, connections, log = () => {} }: Options): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const target of targets) {
    log(`  load (${server.kind}): ${target.path} for ${duration} s at ${connections} connections ...`);
    results.push(await hammer(server, target, duration, connections));
  }
  return results;
}
