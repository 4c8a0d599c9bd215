/**
 * One run of the load benchmark against a running server: `connections` concurrent readers
 * (autocannon) cycle through the home page and the read API for `durationS` seconds while an
 * editor saves a statement every `writeIntervalMs` (scripts/support/load-writer.ts, a separate process:
 * signed in, through the write API). Afterwards every save must be visible through the public API.
 * Plain Node (no vitest, no app imports) so both the CLI and the e2e spec can use it.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import autocannon from "autocannon";

/** What readers ask for, in turn on each connection: the dashboard and every read endpoint. */
export const READ_PATHS = [
  "/",
  "/api/v1/stances",
  "/?date=2025-09-05",
  "/api/v1/timeline",
  "/",
  "/api/v1/statements?country=FRA",
  "/api/v1/statements/1",
  "/api/v1/categories",
  "/api/v1/export.csv",
];

export type LoadOptions = {
  baseURL: string;
  /** With `editor`: saves go through the authenticated write API. Without: through the data layer on this file. */
  editor?: { email: string; password: string };
  databasePath?: string;
  durationS: number;
  connections?: number;
  writeIntervalMs?: number;
  root?: string;
  /**
   * Half the requests on a date no one asked for before (`/?date=D`, `/api/v1/stances?date=D`, D
   * stepping a day at a time from `newDates.from`): what no cache holds, as readers exploring the
   * history ask for (issue #16's mixed load). Off: only READ_PATHS, which caches answer after the first.
   */
  newDates?: { from: string };
  /** The server's BETTER_AUTH_URL, where it is not this process's (the writer signs in with that Origin). */
  authUrl?: string;
};

export type LoadReport = {
  /** Whether half the requests were on new dates (LoadOptions.newDates). */
  newDates: boolean;
  /** How the editor saved: "the write API (signed in)" or "the data layer". */
  writePath: string;
  durationS: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statuses: Record<string, number>;
  errors: { nonSuccess: number; connection: number; timeouts: number };
  saves: { count: number; failed: string[]; visible: number; missing: number[]; latencyMs: { p50: number; p99: number; max: number } };
  /** Latency by kind of request (READ_PATHS entries, and the new-date pages and stances): what sets the p99. */
  perPath: Record<string, { count: number; p50: number; p99: number; max: number }>;
  ok: boolean;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Starts the writer and collects its acknowledged saves until `stop()` is called. */
function startWriter(root: string, opts: LoadOptions, intervalMs: number) {
  let target: string[];
  if (opts.editor) target = ["api", opts.baseURL, opts.editor.email, opts.editor.password];
  else if (opts.databasePath) target = ["db", opts.databasePath];
  else throw new Error("runLoad needs an editor account or the database file");
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/support/load-writer.ts"), ...target, String(intervalMs)],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: opts.authUrl ? { ...process.env, BETTER_AUTH_URL: opts.authUrl } : process.env },
  );
  const saves: { id: number; ms: number }[] = [];
  const failures: string[] = [];
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let firstSave: () => void;
  const started = new Promise<void>((resolve) => (firstSave = resolve));
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const [kind, id, ms] = line.split(" ");
    if (kind === "failed") failures.push(line);
    if (kind !== "saved") return;
    saves.push({ id: Number(id), ms: Number(ms) });
    firstSave();
  });
  child.on("exit", (code) => {
    if (saves.length === 0) stderr += `\n(the writer exited with ${code} before its first save)`;
    firstSave();
  });
  return {
    saves,
    failures,
    /** Resolves at the first save (the writer is running), so readers and writer start together. */
    ready: () => started.then(() => {
      if (saves.length === 0) throw new Error(`the writer did not start:\n${stderr}`);
    }),
    async stop(): Promise<void> {
      if (child.exitCode !== null) throw new Error(`the writer died during the run:\n${stderr}`);
      const closed = new Promise((resolve) => child.on("close", resolve));
      child.kill("SIGTERM"); // the writer finishes the saves already sent, then exits
      const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await closed;
      clearTimeout(guard);
    },
  };
}

/** Whether each saved statement can be read back through the public API, alone and in its country's list. */
async function invisibleSaves(baseURL: string, ids: number[]): Promise<number[]> {
  const missing: number[] = [];
  const byCountry = new Map<string, Set<number>>();
  for (const id of ids) {
    const res = await fetch(`${baseURL}/api/v1/statements/${id}`);
    if (res.status !== 200) {
      missing.push(id);
      continue;
    }
    const { current } = (await res.json()) as { current: { id: number; countryIso3: string } };
    if (!byCountry.has(current.countryIso3)) {
      const list = (await (await fetch(`${baseURL}/api/v1/statements?country=${current.countryIso3}`)).json()) as { statements: { id: number }[] };
      byCountry.set(current.countryIso3, new Set(list.statements.map((s) => s.id)));
    }
    if (!byCountry.get(current.countryIso3)!.has(id)) missing.push(id);
  }
  return missing;
}

function readRequests(newDates: LoadOptions["newDates"]): autocannon.Request[] {
  const fixed = READ_PATHS.map((p): autocannon.Request => ({ method: "GET", path: p }));
  if (!newDates) return fixed;
  const next = datedPaths(newDates.from);
  // Every other request: a fixed path, then a new date.
  return fixed.flatMap((r) => [r, { method: "GET", setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) }]);
}

/** A new dated path on each call: the dashboard and the read API in turn, a day later every two calls. */
export function datedPaths(from: string): () => string {
  const start = Date.parse(`${from}T00:00:00Z`);
  let i = 0;
  return () => {
    const n = i++;
    const day = new Date(start + Math.floor(n / 2) * 86_400_000).toISOString().slice(0, 10);
    return n % 2 === 0 ? `/?date=${day}` : `/api/v1/stances?date=${day}`;
  };
}

/** The bucket a request line ("GET /path HTTP/1.1") is counted in: a READ_PATHS entry, or a new date's kind. */
export function pathBucket(requestLine: string): string {
  const target = requestLine.split(" ")[1] ?? "";
  if (READ_PATHS.includes(target)) return target;
  return target.startsWith("/api/v1/stances?date=") ? "/api/v1/stances?date=(new)" : target.startsWith("/?date=") ? "/?date=(new)" : "other";
}

// autocannon's client keeps the request it is answering here until the next one is built (with
// pipelining 1, at every 'response' event); @types/autocannon does not declare it.
type ClientWithRequest = { requestIterator?: { currentRequest?: { requestBuffer?: Buffer } } };

/** autocannon's run, with each response's latency recorded under its path's bucket. */
function runReaders(opts: autocannon.Options): Promise<{ result: autocannon.Result; perPath: LoadReport["perPath"] }> {
  const times = new Map<string, number[]>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err: unknown, result: autocannon.Result) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      const perPath: LoadReport["perPath"] = {};
      for (const [bucket, ms] of [...times].sort(([a], [b]) => (a < b ? -1 : 1))) {
        ms.sort((a, b) => a - b);
        perPath[bucket] = { count: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.at(-1) ?? 0 };
      }
      resolve({ result, perPath });
    });
    instance.on("response", (client, _status, _bytes, responseTime) => {
      const buffer = (client as unknown as ClientWithRequest).requestIterator?.currentRequest?.requestBuffer;
      const bucket = buffer ? pathBucket(buffer.subarray(0, 300).toString("latin1").split("\r\n")[0]!) : "other";
      const list = times.get(bucket) ?? [];
      list.push(Math.round(responseTime));
      times.set(bucket, list);
    });
  });
}

/** Runs readers and the writer together, then checks the saves; `ok` is the verdict. */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  const connections = opts.connections ?? 50;
  const intervalMs = opts.writeIntervalMs ?? 1000;
  const writer = startWriter(opts.root ?? process.cwd(), opts, intervalMs);
  let result: autocannon.Result;
  let perPath: LoadReport["perPath"];
  try {
    await writer.ready();
    ({ result, perPath } = await runReaders({
      url: opts.baseURL,
      connections,
      duration: opts.durationS,
      timeout: 30,
      requests: readRequests(opts.newDates),
    }));
  } finally {
    await writer.stop();
  }
  const ids = writer.saves.map((s) => s.id);
  const missing = await invisibleSaves(opts.baseURL, ids);
  const writeMs = writer.saves.map((s) => s.ms).sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  const report: LoadReport = {
    newDates: Boolean(opts.newDates),
    writePath: opts.editor ? "the write API (signed in)" : "the data layer",
    durationS: result.duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    statuses,
    errors: { nonSuccess: result.non2xx, connection: result.errors, timeouts: result.timeouts },
    saves: {
      count: ids.length,
      failed: writer.failures,
      visible: ids.length - missing.length,
      missing,
      latencyMs: { p50: percentile(writeMs, 50), p99: percentile(writeMs, 99), max: writeMs.at(-1) ?? 0 },
    },
    perPath,
    ok: false,
  };
  // One save at the start and one per interval: fewer acknowledged means saves were too slow or failed.
  const expectedSaves = Math.floor((opts.durationS * 1000) / intervalMs);
  report.ok =
    report.requests > 0 &&
    result.non2xx === 0 &&
    result.errors === 0 &&
    result.timeouts === 0 &&
    missing.length === 0 &&
    writer.failures.length === 0 &&
    ids.length >= expectedSaves;
  return report;
}

/** The report as the lines the README quotes. */
export function formatReport(r: LoadReport): string {
  const l = r.latencyMs;
  return [
    `load: ${r.connections} readers for ${r.durationS} s on ${READ_PATHS.length} URLs (home page and read API)${r.newDates ? ", half the requests on new dates," : ""} while an editor saved every second through ${r.writePath}`,
    `  requests: ${r.requests} (${r.requestsPerSecond} req/s); statuses ${JSON.stringify(r.statuses)}`,
    `  latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max} (mean ${l.mean.toFixed(1)})`,
    `  errors: ${r.errors.nonSuccess} non-2xx, ${r.errors.connection} connection errors, ${r.errors.timeouts} timeouts`,
    `  saves: ${r.saves.count} acknowledged, ${r.saves.failed.length} refused, ${r.saves.visible} visible afterwards${r.saves.missing.length ? ` (missing: ${r.saves.missing.join(", ")})` : ""}; save ms p50 ${r.saves.latencyMs.p50}, p99 ${r.saves.latencyMs.p99}, max ${r.saves.latencyMs.max}`,
    ...Object.entries(r.perPath).map(([p, t]) => `  ${p}: ${t.count} requests, ms p50 ${t.p50}, p99 ${t.p99}, max ${t.max}`),
    `  verdict: ${r.ok ? "PASS" : "FAIL"}`,
  ].join("\n");
}
