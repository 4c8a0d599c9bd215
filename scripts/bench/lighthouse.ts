/**
 * Lighthouse (the npm package's CLI, its default mobile settings: a phone's viewport, simulated
 * slow 4G and a 4× slower CPU; issue #14) against a page of the running server, with Debian's
 * chromium: performance and accessibility scores plus the metrics behind them. The full JSON
 * report is kept next to the benchmark data for reference.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type LighthouseResult = {
  url: string;
  performance: number;
  accessibility: number;
  /** Largest Contentful Paint as Lighthouse simulates it, ms. */
  lcpMs: number;
  metrics: Record<string, string>;
  failedAudits: string[];
  reportFile: string;
};

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; displayValue?: string; numericValue?: number; title: string }>;
};

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

/** Runs the CLI without blocking the event loop (a blocked loop leaves stale keep-alive sockets behind). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

export async function runLighthouse(url: string, reportFile: string, root = process.cwd()): Promise<LighthouseResult> {
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  const result = await run(
    path.join(root, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${reportFile}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage",
    ],
    { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
    180_000,
  );
  if (result.status !== 0 || !fs.existsSync(reportFile)) {
    throw new Error(`lighthouse failed (exit ${result.status}): ${result.output.slice(-2000)}`);
  }
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failedAudits = Object.values(report.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
    .filter((id) => (report.audits[id]?.score ?? 1) < 0.9)
    .map((id) => `${id}: ${report.audits[id]?.title ?? ""}${report.audits[id]?.displayValue ? ` (${report.audits[id]!.displayValue})` : ""}`);
  return {
    url,
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    metrics: Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.displayValue ?? "n/a"])),
    failedAudits,
    reportFile,
  };
}

export type MedianLighthouse = LighthouseResult & { dataset: string; runs: { performance: number; accessibility: number }[] };

/**
 * `runs` Lighthouse runs one after the other (each report kept as data/bench/lighthouse-<dataset>-<i>.json);
 * the result is the run with the median performance score, with every run's scores beside it.
 */
export async function medianLighthouse(url: string, dataset: string, runs: number, root = process.cwd()): Promise<MedianLighthouse> {
  const results: LighthouseResult[] = [];
  const slug = dataset.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  for (let i = 1; i <= runs; i++) {
    results.push(await runLighthouse(url, path.resolve(root, "data", "bench", `lighthouse-${slug}-${i}.json`), root));
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, dataset, runs: results.map((r) => ({ performance: r.performance, accessibility: r.accessibility })) };
}
