/**
 * Issue #16's figures, measured in one run of `npm run bench` as ratios (the machine is shared and
 * noisy: a ratio of two figures taken minutes apart is steadier than either):
 * - uncached `/` and `/countries/FRA` (bare `next start`: every request a render) at the largest
 *   size ÷ the same on the seed data: a render must follow the view, not the data;
 * - the HTML of `/` at the largest size (gzip -9), and how much of it is React flight data;
 * - cached `/` (front cache, as `npm start`) ÷ nginx serving the same bytes from a file;
 * - `/` through the nginx deployment (deploy/nginx.conf.template, 2 apps) ÷ that nginx file;
 * - the mixed load at the largest size: 50 readers, half on new dates, an editor saving each second.
 */
import autocannon from "autocannon";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startDeployment } from "@/scripts/support/deployment";
import { BENCH_EDITOR, createBenchEditor } from "@/scripts/support/bench-editor";
import { runLoad, type LoadReport } from "@/scripts/support/load-run";
import { withBenchServer } from "./support/bench-server";
import { startStaticNginx } from "./nginx-static";
import { pageWeight, type PageWeight } from "./page-weight";

export type Rate = { reqPerSec: number; p99: number; non2xx: number; errors: number };
export type UncachedRatio = { path: string; seed: Rate; large: Rate; ratio: number };
export type RendersResult = {
  n: number;
  uncached: UncachedRatio[];
  weights: { seed: PageWeight[]; large: PageWeight[] };
  cachedVsNginx: { cached: Rate; nginx: Rate; ratio: number } | { skipped: string };
  deploymentVsNginx: { deployment: Rate; nginx: Rate; ratio: number } | { skipped: string };
  mixed: (Omit<LoadReport, "saves"> & { saves: Omit<LoadReport["saves"], "missing" | "failed"> & { missing: number; failed: number } }) | { skipped: string };
};

type Options = { seedFile: string; largeFile: string; n: number; spanStart: string; port: number; duration: number; connections: number; log: (s: string) => void };

export const UNCACHED_PATHS = ["/", "/countries/FRA"];
const GZIP = { "accept-encoding": "gzip, deflate, br" };

/** A warm-up (one answer, then a short burst), then `duration` s at `connections`: as load.ts does. */
async function rate(url: string, duration: number, connections: number): Promise<Rate> {
  await (await fetch(url, { headers: GZIP, signal: AbortSignal.timeout(120_000) })).arrayBuffer();
  await autocannon({ url, headers: GZIP, connections: 10, duration: 2, timeout: 20 });
  const r = await autocannon({ url, headers: GZIP, connections, duration, timeout: 20 });
  return { reqPerSec: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

/** The answer's bytes as sent (gzip), which fetch would have decoded. */
function rawGzipBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => (res.headers["content-encoding"] === "gzip" ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url}: not sent gzip`))));
      })
      .on("error", reject);
  });
}

export async function benchRenders(o: Options): Promise<RendersResult> {
  const { log } = o;
  const root = process.cwd();
  const uncachedRates = async (file: string, label: string) =>
    withBenchServer(file, o.port, "next start", async (s) => {
      const rates: Rate[] = [];
      for (const p of UNCACHED_PATHS) {
        log(`  uncached ${p} on ${label} for ${o.duration} s at ${o.connections} connections ...`);
        rates.push(await rate(s.baseURL + p, o.duration, o.connections));
      }
      const weights = await Promise.all(UNCACHED_PATHS.map((p) => pageWeight(s.baseURL, p)));
      return { rates, weights };
    });
  const seed = await uncachedRates(o.seedFile, "the seed data");
  const large = await uncachedRates(o.largeFile, `${o.n} statements`);
  const uncached = UNCACHED_PATHS.map((p, i) => ({ path: p, seed: seed.rates[i]!, large: large.rates[i]!, ratio: large.rates[i]!.reqPerSec / seed.rates[i]!.reqPerSec }));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-bench-renders-"));
  try {
    let cachedVsNginx: RendersResult["cachedVsNginx"] = { skipped: "not measured" };
    let deploymentVsNginx: RendersResult["deploymentVsNginx"] = { skipped: "not measured" };
    let mixed: RendersResult["mixed"] = { skipped: "not measured" };
    await withBenchServer(o.largeFile, o.port, "front cache", async (s) => {
      const body = await rawGzipBody(`${s.baseURL}/`);
      const nginx = await startStaticNginx(path.join(tmp, "static"), body);
      if (!nginx) {
        cachedVsNginx = deploymentVsNginx = { skipped: "nginx is not installed (Debian: apt-get install -y nginx)" };
      } else {
        try {
          log(`  cached / (front cache) and nginx serving its ${body.length} bytes ...`);
          const cached = await rate(`${s.baseURL}/`, o.duration, o.connections);
          const file = await rate(`${nginx.baseURL}/`, o.duration, o.connections);
          cachedVsNginx = { cached, nginx: file, ratio: cached.reqPerSec / file.reqPerSec };
          log("  / through the nginx deployment (2 apps) ...");
          const copy = path.join(tmp, "deployment.db");
          fs.copyFileSync(o.largeFile, copy);
          const deployment = await startDeployment(root, { apps: 2, databasePath: copy });
          try {
            const through = await rate(`${deployment.baseURL}/`, o.duration, o.connections);
            deploymentVsNginx = { deployment: through, nginx: file, ratio: through.reqPerSec / file.reqPerSec };
          } finally {
            await deployment.stop();
          }
        } finally {
          await nginx.stop();
        }
      }
      log(`  mixed load: ${o.connections} readers, half on new dates, an editor saving each second, ${o.duration} s ...`);
      try {
        createBenchEditor(root, { ...process.env, DATABASE_PATH: s.databasePath });
        const report = await runLoad({
          baseURL: s.baseURL,
          authUrl: s.baseURL,
          editor: BENCH_EDITOR,
          durationS: o.duration,
          connections: o.connections,
          root,
          newDates: { from: o.spanStart },
        });
        mixed = { ...report, saves: { ...report.saves, missing: report.saves.missing.length, failed: report.saves.failed.length } };
      } catch (err) {
        // The other figures stand without this one.
        mixed = { skipped: `failed: ${err instanceof Error ? err.message : String(err)}` };
      }
    });
    return { n: o.n, uncached, weights: { seed: seed.weights, large: large.weights }, cachedVsNginx, deploymentVsNginx, mixed };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
