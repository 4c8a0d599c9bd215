/**
 * npm run bench [-- --sizes 1000,10000,100000 --duration 10 --port 3601 --lighthouse-runs 3 --skip-lighthouse --skip-renders]
 * Every benchmark of the performance budget in one run, printed as markdown tables (and kept in
 * data/bench/results.{md,json}): the as-of query per dataset size, the production server under
 * load against a static file, the freshness of cached answers after an edit, the client's recolour
 * step, the JavaScript shipped, Lighthouse (mobile), and issue #16's renders figures (renders.ts:
 * uncached pages at the largest size against the seed data, the HTML's weight, the front cache and
 * the nginx deployment against nginx serving a file, the mixed load). Expects a current `next build` (the npm script
 * builds first). Synthetic datasets are generated on first use and reused after.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchAsOf, type AsOfResult } from "./asof";
import { firstHtmlJs, jsUntilDrawn, staticAsset } from "./bundle";
import { ensureDataset } from "./dataset";
import { medianLighthouse } from "./lighthouse";
import { benchLoad, checkFreshness, STATIC_TARGET } from "./load";
import { benchRecolour, type RecolourResult } from "./recolour";
import { benchSearch } from "./search";
import { benchRenders } from "./renders";
import { withBenchServer } from "./support/bench-server";
import { prepareDatabase, tailOf } from "@/scripts/support/app-server";
import { loadAverage } from "./support/stats";
import { renderReport, type BenchReport } from "./report";
import { DRAWN_SELECTORS, geometryUrl } from "./support/page-facts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3601" },
    ready: { type: "string", default: process.env.BENCH_READY_SELECTORS ?? DRAWN_SELECTORS },
    geometry: { type: "string", default: process.env.BENCH_GEOMETRY_PATH ?? geometryUrl() },
    "skip-load": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-renders": { type: "boolean", default: false },
    "lighthouse-runs": { type: "string", default: "3" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const lighthouseRuns = Number(values["lighthouse-runs"]);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  console.error(`--lighthouse-runs: expected a positive integer, got ${values["lighthouse-runs"]}`);
  process.exit(2);
}
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes: expected comma-separated positive integers, got ${values.sizes}`);
  process.exit(2);
}
const log = (s: string) => console.error(s);

function machine(): BenchReport["machine"] {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown CPU"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

async function main(): Promise<void> {
  const started = new Date();
  const report: BenchReport = {
    date: started.toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: machine(),
    asOf: [],
    search: [],
    recolour: null,
    load: [],
    freshness: [],
    bundle: null,
    lighthouse: [],
    renders: null,
    errors: [],
  };
  // The seed dataset (what a fresh `npm start` shows), the yardstick of the renders figures and of Lighthouse.
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-bench-seed-"));
  const seedFile = path.join(seedDir, "tracker.db");
  try {
    await runAll(report, seedFile);
  } finally {
    fs.rmSync(seedDir, { recursive: true, force: true });
  }
  const markdown = renderReport(report);
  fs.mkdirSync(path.resolve("data", "bench"), { recursive: true });
  fs.writeFileSync(path.resolve("data", "bench", "results.json"), JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.resolve("data", "bench", "results.md"), markdown);
  console.log(markdown);
}

async function runAll(report: BenchReport, seedFile: string): Promise<void> {
  const datasets = sizes.map((n) => ensureDataset(n, undefined, log));
  for (const { file, meta } of datasets) {
    log(`as-of query on ${meta.n} statements (load ${loadAverage()}) ...`);
    const results: AsOfResult[] = benchAsOf(file, meta);
    report.asOf.push(...results.map((r) => ({ ...r, load: loadAverage() })));
    log(`search query on ${meta.n} statements ...`);
    report.search.push({ ...benchSearch(file, meta), load: loadAverage() });
  }
  const largest = datasets[datasets.length - 1]!;
  log(`recolour on ${largest.meta.n} statements ...`);
  const recolour: RecolourResult = benchRecolour(largest.file, largest.meta);
  report.recolour = { ...recolour, load: loadAverage() };

  const port = Number(values.port);
  const loadOptions = { duration: Number(values.duration), connections: Number(values.connections), log };
  const targets = [STATIC_TARGET, { name: "read API", path: "/api/v1/stances" }, { name: "dashboard", path: "/" }];
  if (!values["skip-load"]) {
    // Bare Next first, for comparison: the same app without the front cache.
    await withBenchServer(largest.file, port, "next start", async (server) => {
      report.load.push(...(await benchLoad(server, targets, loadOptions)));
    });
  }
  await withBenchServer(largest.file, port, "front cache", async (server) => {
    // Each phase on its own: one failing (a browser that will not start) must not lose the rest.
    const phase = async (name: string, job: () => Promise<void>) => {
      log(`${name} ...`);
      try {
        await job();
      } catch (err) {
        const cause = err instanceof Error && err.cause ? ` (${String(err.cause)})` : "";
        report.errors.push(`${name}: ${err instanceof Error ? err.message : String(err)}${cause}`);
        log(`  ${name} failed: ${String(err)}${cause}\n--- tail of the server's log ---\n${tailOf(server.logFile, 30)}`);
      }
    };
    if (!values["skip-load"]) await phase("load", async () => void report.load.push(...(await benchLoad(server, targets, loadOptions))));
    await phase("bundle sizes", async () => {
      const first = await firstHtmlJs(server.baseURL, "/");
      const readySelectors = values.ready.split(",").filter(Boolean);
      const drawn = await jsUntilDrawn(server.baseURL, "/", readySelectors);
      const geometry = values.geometry ? await staticAsset(server.baseURL, values.geometry) : null;
      report.bundle = { first, drawn: { ...drawn, selectors: readySelectors }, geometry: geometry && { path: values.geometry, ...geometry } };
    });
    if (!values["skip-lighthouse"]) {
      await phase("lighthouse", async () => {
        report.lighthouse.push({ ...(await medianLighthouse(`${server.baseURL}/`, `${largest.meta.n} statements`, lighthouseRuns)), load: loadAverage() });
      });
    }
    // Last, because it writes: an edit by another process must show on the next request.
    const date = largest.meta.spanEnd;
    await phase("freshness", async () => {
      // The table view: it shows the probe's quote (the map view's brief no-JS table links it only).
      report.freshness = await checkFreshness(server, [`/api/v1/stances?date=${date}`, `/?date=${date}&view=table`], date);
    });
  });

  if (!values["skip-renders"] || !values["skip-lighthouse"]) prepareDatabase(process.cwd(), { ...process.env, DATABASE_PATH: seedFile });
  if (!values["skip-renders"]) {
    log(`renders (issue #16): ${largest.meta.n} statements against the seed data ...`);
    try {
      const renders = await benchRenders({ ...loadOptions, seedFile, largeFile: largest.file, n: largest.meta.n, spanStart: largest.meta.spanStart, port });
      report.renders = { ...renders, load: loadAverage() };
    } catch (err) {
      report.errors.push(`renders: ${err instanceof Error ? err.message : String(err)}`);
      log(`  renders failed: ${String(err)}`);
    }
  }
  if (!values["skip-lighthouse"]) {
    // The same page with the seed dataset, on a server of its own.
    try {
      await withBenchServer(seedFile, port, "front cache", async (server) => {
        log("lighthouse on the seed dataset ...");
        report.lighthouse.unshift({ ...(await medianLighthouse(`${server.baseURL}/`, "seed data", lighthouseRuns)), load: loadAverage() });
      });
    } catch (err) {
      report.errors.push(`lighthouse (seed data): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
