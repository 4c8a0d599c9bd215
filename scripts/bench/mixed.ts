/**
 * npx tsx --conditions=react-server scripts/bench/mixed.ts [--size 100000] [--duration 20] [--connections 50] [--port 3601]
 * Issue #16's mixed load alone (the last figure of renders.ts, without the other phases of
 * `npm run bench`): the front-cache server (`npm start`'s) on a copy of the synthetic dataset of
 * that size, 50 readers with half the requests on new dates, an editor saving each second through
 * the write API, then the saves checked through the public API. Prints the report with per-path
 * latencies; exits 1 when the run fails its verdict. Expects a current build.
 */
import { parseArgs } from "node:util";
import { BENCH_EDITOR, createBenchEditor } from "@/scripts/support/bench-editor";
import { formatReport, READ_PATHS, runLoad } from "@/scripts/support/load-run";
import { ensureDataset } from "./dataset";
import { withBenchServer } from "./support/bench-server";
import { loadAverage } from "./support/stats";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "100000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3601" },
  },
});

async function main(): Promise<number> {
  const [n, durationS, connections, port] = [values.size, values.duration, values.connections, values.port].map(Number) as [number, number, number, number];
  if (![n, durationS, connections, port].every((v) => Number.isInteger(v) && v > 0)) {
    console.error("--size, --duration, --connections and --port take positive whole numbers");
    return 2;
  }
  const { file, meta } = ensureDataset(n, undefined, (s) => console.error(s));
  const report = await withBenchServer(file, port, "front cache", async (s) => {
    createBenchEditor(s.root, { ...process.env, DATABASE_PATH: s.databasePath });
    // Warm: each fixed path once (as the renders phase's server has served / before its mixed run),
    // so the run measures a server in use, not its first renders after start.
    for (const p of READ_PATHS) await (await fetch(s.baseURL + p, { signal: AbortSignal.timeout(120_000) })).arrayBuffer();
    return runLoad({ baseURL: s.baseURL, authUrl: s.baseURL, editor: BENCH_EDITOR, durationS, connections, root: s.root, newDates: { from: meta.spanStart } });
  });
  console.log(`mixed load on ${n} statements (load average ${loadAverage()})\n${formatReport(report)}`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`mixed load failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
