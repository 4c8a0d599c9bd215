/**
 * npm run bench:lighthouse -- [--db FILE | --seed] [--runs 3] [--path /] [--label NAME] [--port 3602]
 * Lighthouse alone (the bench's own runner, lighthouse.ts: default mobile settings) against the
 * production build served as `npm start` serves it, on a copy of one database (the seed data when
 * --seed), without the rest of `npm run bench`: for measuring one change before and after. Each
 * full JSON report is kept as data/bench/lighthouse-<label>-<i>.json; a summary of every run (the
 * metrics that make the score, the LCP element and its phases, the long tasks by script) is printed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runLighthouse } from "./lighthouse";
import { withBenchServer } from "./support/bench-server";
import { prepareDatabase } from "@/scripts/support/app-server";
import { loadAverage } from "./support/stats";
import { summarizeReport } from "./lighthouse-summary";
import { timelinePayloadUrl } from "@/components/dashboard/api-urls";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    seed: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    path: { type: "string", default: "/" },
    label: { type: "string" },
    port: { type: "string", default: "3602" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: expected a positive integer, got ${values.runs}`);
  process.exit(2);
}
if (values.seed === (values.db !== undefined)) {
  console.error("give exactly one of --db FILE and --seed");
  process.exit(2);
}

/** Asks for each path (with gzip, as a browser does) until the front cache answers it from store. */
async function warm(baseURL: string, paths: string[]): Promise<void> {
  for (const p of paths) {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${baseURL}${p}`, { headers: { "accept-encoding": "gzip" } });
      await res.arrayBuffer();
      if (res.headers.get("x-front-cache") === "hit") break;
      if (attempt === 50) throw new Error(`${p}: still not answered from the front cache after ${attempt} requests`);
      // Storing a miss's gzip form is asynchronous: give it a moment before asking again.
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-lh-"));
  try {
    const dbFile = values.db ? path.resolve(values.db) : path.join(tmp, "tracker.db");
    if (values.seed) prepareDatabase(process.cwd(), { ...process.env, DATABASE_PATH: dbFile });
    else if (!fs.existsSync(dbFile)) throw new Error(`${dbFile}: no such database`);
    const label = (values.label ?? (values.seed ? "seed" : path.basename(dbFile, ".db"))).replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    await withBenchServer(dbFile, Number(values.port), "front cache", async (server) => {
      // Warm the front cache first, as a shared link's readers find it: the cold start's database
      // check (PRAGMA quick_check) and first render are not the page's cost, and the timeline's
      // first answer (a miss) goes out uncompressed while its gzip form is being stored.
      await warm(server.baseURL, [values.path, timelinePayloadUrl(null)]);
      for (let i = 1; i <= runs; i++) {
        const load = loadAverage();
        const file = path.resolve("data", "bench", `lighthouse-${label}-${i}.json`);
        // A run now and then loses its trace (NO_NAVSTART) on a busy machine: one more try, said so.
        const result = await runLighthouse(`${server.baseURL}${values.path}`, file).catch((err: unknown) => {
          console.log(`(run ${i} failed, trying once more: ${err instanceof Error ? err.message.slice(0, 200) : String(err)})`);
          return runLighthouse(`${server.baseURL}${values.path}`, file);
        });
        console.log(`\n## ${label} run ${i} (load ${load} before, ${loadAverage()} after): performance ${result.performance}, accessibility ${result.accessibility}`);
        console.log(summarizeReport(JSON.parse(fs.readFileSync(file, "utf8"))));
      }
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`lighthouse failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
