/**
 * npm run bench:load -- [--duration 60] [--connections 50] [--port 3501] [--json FILE]
 *                       [--url http://127.0.0.1:PORT --database FILE]
 *
 * Load benchmark: 50 concurrent readers on the home page and the read API for 60 s while an editor
 * saves a statement every second (signed in, through the write API); prints throughput,
 * p50/p90/p99/max latency and the saves, and exits 1 unless every request succeeded and every save
 * is visible afterwards.
 *
 * By default it tests the production build (`npm run build` first) on a fresh temporary copy of
 * the seed database, on 127.0.0.1:PORT, and stops the server afterwards. With --url and
 * --database it runs against a server that is already up (loopback only).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { parseArgs } from "node:util";
import { prepareDatabase, startServer, stopServer, waitUntilReady, type ServerHandle } from "../support/app-server";
import { formatReport, runLoad } from "../support/load-run";
import { BENCH_EDITOR, createBenchEditor } from "../support/bench-editor";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3501" },
    json: { type: "string" },
    url: { type: "string" },
    database: { type: "string" },
  },
});

/** Whether 127.0.0.1:port can be listened on (otherwise the health check could reach another server). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<number> {
  const root = process.cwd();
  const durationS = Number(values.duration);
  const connections = Number(values.connections);
  if (!(durationS > 0 && durationS <= 600) || !(connections > 0 && connections <= 500)) {
    console.error("--duration must be 1..600 seconds and --connections 1..500");
    return 2;
  }
  if (values.url && !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(values.url)) {
    console.error("--url must be a loopback address (127.0.0.0/8, localhost or [::1])");
    return 2;
  }
  if (Boolean(values.url) !== Boolean(values.database)) {
    console.error("--url and --database go together (the writer needs the server's database file)");
    return 2;
  }

  let server: ServerHandle | undefined;
  let tmp: string | undefined;
  let baseURL = values.url;
  let databasePath = values.database;
  try {
    if (!baseURL) {
      if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
        console.error("No production build: run `npm run build` first.");
        return 2;
      }
      if (!(await portIsFree(Number(values.port)))) {
        console.error(`Port ${values.port} is in use; pick another with --port (or stop what listens there).`);
        return 2;
      }
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-load-"));
      databasePath = path.join(tmp, "tracker.db");
      const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: databasePath };
      prepareDatabase(root, env);
      createBenchEditor(root, env);
      server = startServer(root, env, Number(values.port), path.join(tmp, "server.log"));
      await waitUntilReady(server, 60_000);
      baseURL = server.baseURL;
    }
    console.log(`load: ${connections} readers for ${durationS} s against ${baseURL} ...`);
    // Our own server gets a benchmark editor who saves through the write API; a server given by
    // --url is written to through the data layer on --database (it has no account of ours).
    const report = await runLoad({ baseURL, durationS, connections, root, ...(server ? { editor: BENCH_EDITOR } : { databasePath }) });
    console.log(formatReport(report));
    if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    if (server) await stopServer(server);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
