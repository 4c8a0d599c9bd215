/** The benchmark run's results as markdown: the figures side by side and each target met or not. */
import type { AsOfResult } from "./asof";
import type { JsTotal } from "./bundle";
import type { MedianLighthouse } from "./lighthouse";
import type { FreshnessResult, LoadResult } from "./load";
import type { RecolourResult } from "./recolour";
import type { SearchResult } from "./search";
import type { RendersResult } from "./renders";

export type BenchReport = {
  date: string;
  command: string;
  machine: { cpus: string; memory: string; node: string; os: string };
  asOf: (AsOfResult & { load: string })[];
  /** The full-text search read per dataset size (absent in reports written before it existed). */
  search: (SearchResult & { load: string })[];
  recolour: (RecolourResult & { load: string }) | null;
  load: LoadResult[];
  freshness: FreshnessResult[];
  bundle: {
    first: JsTotal & { htmlGzip: number };
    drawn: JsTotal & { ready: boolean; missing: string[]; selectors: string[] };
    geometry: { path: string; bytes: number; gzip: number; cacheControl: string | null } | null;
  } | null;
  lighthouse: (MedianLighthouse & { load: string })[];
  /** Issue #16's figures (renders.ts); absent in reports written before it existed. */
  renders?: (RendersResult & { load: string }) | null;
  /** Phases that failed, with why: their figures are missing from the tables. */
  errors: string[];
};

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
const size = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "**MISSED**");

function asOfTable(r: BenchReport): string[] {
  const sizes = [...new Set(r.asOf.map((a) => a.n))].sort((a, b) => a - b);
  const cases = [...new Set(r.asOf.map((a) => a.case))];
  const lines = [
    `| as-of query, all countries (ms: median / p95 wall, median CPU) | ${sizes.map((n) => `${size(n)} statements`).join(" | ")} | ${size(sizes.at(-1)!)}/${size(sizes[0]!)} median ratio |`,
    `| --- | ${sizes.map(() => "---").join(" | ")} | --- |`,
  ];
  for (const c of cases) {
    const row = sizes.map((n) => r.asOf.find((a) => a.n === n && a.case === c));
    const ratio = (row.at(-1)?.time.median ?? NaN) / (row[0]?.time.median ?? NaN);
    lines.push(`| ${c} | ${row.map((a) => (a ? `${ms(a.time.median)} / ${ms(a.time.p95)}, ${ms(a.time.cpuMedian ?? NaN)}` : "n/a")).join(" | ")} | ${ratio.toFixed(2)} |`);
  }
  const loads = sizes.map((n) => r.asOf.find((a) => a.n === n)?.load ?? "?");
  lines.push(`| (1-min load average) | ${loads.join(" | ")} | |`);
  return lines;
}

/** The search read per size: each case's median, the median over cases, and the ratio to the smallest size. */
export function searchTable(r: BenchReport): string[] {
  const sizes = [...new Set(r.search.map((s) => s.n))].sort((a, b) => a - b);
  if (sizes.length === 0) return [];
  const bySize = sizes.map((n) => r.search.find((s) => s.n === n)!);
  const lines = [
    `| search query, one page of 20 (ms: median / p95; hits) | ${sizes.map((n) => `${size(n)} statements`).join(" | ")} | ${size(sizes.at(-1)!)}/${size(sizes[0]!)} median ratio |`,
    `| --- | ${sizes.map(() => "---").join(" | ")} | --- |`,
  ];
  for (const c of bySize[0]!.cases) {
    const row = bySize.map((s) => s.cases.find((x) => x.name === c.name));
    const ratio = (row.at(-1)?.time.median ?? NaN) / (row[0]?.time.median ?? NaN);
    lines.push(`| ${c.name} \`${c.q}\` | ${row.map((x) => (x ? `${ms(x.time.median)} / ${ms(x.time.p95)}; ${x.hits}` : "n/a")).join(" | ")} | ${ratio.toFixed(2)} |`);
  }
  lines.push(`| **median over the cases** | ${bySize.map((s) => ms(s.median)).join(" | ")} | ${(bySize.at(-1)!.median / bySize[0]!.median).toFixed(2)} |`);
  lines.push(`| (1-min load average) | ${bySize.map((s) => s.load).join(" | ")} | |`);
  return lines;
}

function loadTable(r: BenchReport): string[] {
  const lines = [
    "| server, 50 connections | requests/s | p50 ms | p99 ms | bytes/response (asked with gzip) | ratio to static | errors, non-2xx | load |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const l of r.load) {
    const base = r.load.find((b) => b.server === l.server && b.path === "/bench-static.txt");
    const ratio = base ? (l.reqPerSec / base.reqPerSec).toFixed(2) : "n/a";
    lines.push(`| ${l.server}: ${l.name} \`${l.path}\` | ${Math.round(l.reqPerSec)} | ${l.p50} | ${l.p99} | ${l.bytes} | ${ratio} | ${l.errors}, ${l.non2xx} | ${l.load} |`);
  }
  return lines;
}

function ratioOf(r: BenchReport, p: string, server = "front cache"): number | null {
  const base = r.load.find((l) => l.server === server && l.path === "/bench-static.txt");
  const l = r.load.find((x) => x.server === server && x.path === p);
  return base && l && l.errors === 0 && l.non2xx === 0 ? l.reqPerSec / base.reqPerSec : null;
}

type Row = [string, string, boolean | null];

/** Search at the largest size: median over the cases < 10 ms, and within 3× of the smallest size. */
function searchTarget(r: BenchReport): Row[] {
  const search = r.search ?? [];
  if (search.length === 0) return [];
  const big = search.reduce((a, b) => (b.n > a.n ? b : a));
  const small = search.reduce((a, b) => (b.n < a.n ? b : a));
  const ratio = big.median / small.median;
  return [[`search at ${size(big.n)}: < 10 ms median, ${size(big.n)}/${size(small.n)} <= 3`, `${ms(big.median)} ms, ratio ${ratio.toFixed(2)}`, big.median < 10 && ratio <= 3]];
}

const rps = (x: number) => x.toFixed(1);

/** Issue #16's six figures, each a ratio (or size, or p99) from this one run. */
function rendersTargets(r: BenchReport): Row[] {
  const x = r.renders;
  if (!x) return [["renders (issue #16): uncached `/` and FRA at the largest size ÷ seed, HTML size, nginx ratios, mixed load", "not measured", null]];
  const n = size(x.n);
  const home = x.weights.large.find((w) => w.path === "/");
  const rows: Row[] = x.uncached.map((u): Row => [
    `uncached \`${u.path}\` (bare \`next start\`) req/s at ${n} ÷ on the seed data >= 0.5`,
    `${rps(u.large.reqPerSec)} / ${rps(u.seed.reqPerSec)} = ${u.ratio.toFixed(2)}`,
    u.ratio >= 0.5,
  ]);
  rows.push([`HTML of \`/\` at ${n} <= 20 KiB gzip`, home ? `${kib(home.htmlGzipBytes)} (${kib(home.htmlBytes)} raw, of which flight data ${kib(home.flightBytes)})` : "n/a", home ? home.htmlGzipBytes <= 20 * 1024 : null]);
  const c = x.cachedVsNginx;
  rows.push(["cached `/` (front cache) req/s ÷ nginx serving the same bytes >= 0.9", "skipped" in c ? c.skipped : `${rps(c.cached.reqPerSec)} / ${rps(c.nginx.reqPerSec)} = ${c.ratio.toFixed(2)}`, "skipped" in c ? null : c.ratio >= 0.9]);
  const d = x.deploymentVsNginx;
  rows.push(["`/` through the nginx deployment (2 apps) req/s ÷ nginx static file >= 0.8", "skipped" in d ? d.skipped : `${rps(d.deployment.reqPerSec)} / ${rps(d.nginx.reqPerSec)} = ${d.ratio.toFixed(2)}`, "skipped" in d ? null : d.ratio >= 0.8]);
  const m = x.mixed;
  const mixedTarget = `mixed load at ${n} (50 readers, half on new dates, an editor saving each second): p99 < 300 ms, 0 errors, every save visible`;
  if ("skipped" in m) {
    rows.push([mixedTarget, m.skipped, null]);
  } else {
    const errors = m.errors.nonSuccess + m.errors.connection + m.errors.timeouts;
    rows.push([
      mixedTarget.replace("50 readers", `${m.connections} readers`),
      `p99 ${m.latencyMs.p99} ms (${m.requestsPerSecond} req/s), ${errors} errors, ${m.saves.visible}/${m.saves.count} saves visible`,
      m.latencyMs.p99 < 300 && errors === 0 && m.saves.missing === 0 && m.saves.failed === 0 && m.saves.count > 0,
    ]);
  }
  return rows;
}

function targets(r: BenchReport): string[] {
  const largest = Math.max(...r.asOf.map((a) => a.n));
  const smallest = Math.min(...r.asOf.map((a) => a.n));
  const at = (n: number, c: string) => r.asOf.find((a) => a.n === n && a.case === c)?.time.median ?? NaN;
  const cases = [...new Set(r.asOf.map((a) => a.case))];
  const g = r.bundle?.geometry;
  const rows: [string, string, boolean | null][] = [
    ...cases.map((c): [string, string, boolean | null] => [
      `as-of "${c}" at ${size(largest)}: < 5 ms median, ${size(largest)}/${size(smallest)} < 3`,
      `${ms(at(largest, c))} ms, ratio ${(at(largest, c) / at(smallest, c)).toFixed(2)}`,
      at(largest, c) < 5 && at(largest, c) / at(smallest, c) < 3,
    ]),
    ...searchTarget(r),
    ...["/api/v1/stances", "/"].map((p): [string, string, boolean | null] => {
      const ratio = ratioOf(r, p);
      return [`\`${p}\` requests/s >= 0.5 × static file (front cache, as \`npm start\`)`, ratio === null ? "n/a" : ratio.toFixed(2), ratio === null ? null : ratio >= 0.5];
    }),
    ...r.freshness.map((f): [string, string, boolean | null] => [`edit by another process visible at once (\`${f.path}\`)`, f.detail, f.visibleOnNextRequest]),
    [`slider recolour at ${size(r.recolour?.n ?? 0)} statements < 8 ms a step`, r.recolour ? `${ms(r.recolour.step.median)} ms median, ${ms(r.recolour.step.p95)} ms p95` : "n/a", r.recolour ? r.recolour.step.median < 8 : null],
    ["JS referenced by the first HTML of `/` < 200 KiB gzip", r.bundle ? kib(r.bundle.first.gzip) : "n/a", r.bundle ? r.bundle.first.gzip < 200 * 1024 : null],
    [
      `all JS until drawn (${r.bundle?.drawn.selectors.join(", ") ?? ""}) < 350 KiB gzip`,
      r.bundle ? `${kib(r.bundle.drawn.gzip)}${r.bundle.drawn.ready ? "" : ` (never visible: ${r.bundle.drawn.missing.join(", ")})`}` : "n/a",
      r.bundle ? r.bundle.drawn.ready && r.bundle.drawn.gzip < 350 * 1024 : null,
    ],
    ["map geometry < 120 KiB gzip, cached immutably", g ? `${kib(g.gzip)}, Cache-Control: ${g.cacheControl ?? "none"}` : "n/a", g ? g.gzip < 120 * 1024 && /immutable/.test(g.cacheControl ?? "") : null],
    ...rendersTargets(r),
    ...(r.lighthouse.length
      ? r.lighthouse.map((lh): Row => [
          `Lighthouse mobile (default settings), \`/\` with ${lh.dataset}: performance >= 98, LCP < 2 s, accessibility = 100 (median of ${lh.runs.length})`,
          `${lh.performance}, LCP ${Number.isFinite(lh.lcpMs) ? `${(lh.lcpMs / 1000).toFixed(2)} s` : "n/a"}, ${lh.accessibility}`,
          lh.performance >= 98 && lh.lcpMs < 2000 && lh.accessibility === 100,
        ])
      : [["Lighthouse mobile: performance >= 98, LCP < 2 s, accessibility = 100", "n/a", null] as Row]),
  ];
  return ["| target | measured | |", "| --- | --- | --- |", ...rows.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`)];
}

export function renderReport(r: BenchReport): string {
  const m = r.machine;
  const out = [
    `Run ${r.date} with \`${r.command}\` on ${m.cpus}, ${m.memory}, Node ${m.node}, ${m.os}.`,
    "",
    ...targets(r),
    "",
    ...asOfTable(r),
    "",
    ...((r.search ?? []).length ? [...searchTable(r), ""] : []),
    ...(r.load.length ? [...loadTable(r), ""] : []),
  ];
  if (r.recolour) {
    out.push(
      `Recolour (the map's stateOn, countState, look and style per country): ${r.recolour.countries} countries, ${r.recolour.steps} slider steps: ` +
        `${ms(r.recolour.step.median)} ms median, ${ms(r.recolour.step.p95)} ms p95 a step (${r.recolour.repainted} countries repainted a step on average); ` +
        `the timeline payload the dashboard fetches after load (\`/api/v1/timeline/payload\`) is ${kib(r.recolour.payloadBytes)} (${kib(r.recolour.payloadGzip)} gzip), unpacked once in ${ms(r.recolour.precompute.median)} ms (load ${r.recolour.load}).`,
      "",
    );
  }
  if (r.bundle) {
    out.push(
      `First HTML of \`/\`: ${r.bundle.first.files.length} scripts, ${kib(r.bundle.first.gzip)} gzip (${kib(r.bundle.first.bytes)} raw); the HTML itself ${kib(r.bundle.first.htmlGzip)} gzip. ` +
        `Until drawn: ${r.bundle.drawn.files.length} scripts, ${kib(r.bundle.drawn.gzip)} gzip.`,
      "",
    );
  }
  for (const lh of r.lighthouse) {
    out.push(
      `Lighthouse (mobile, \`/\` with ${lh.dataset}; runs: ${lh.runs.map((x) => `${x.performance}/${x.accessibility}`).join(", ")}), median run: performance ${lh.performance}, accessibility ${lh.accessibility}; ` +
        Object.entries(lh.metrics).map(([k, v]) => `${k} ${v}`).join(", ") +
        (lh.failedAudits.length ? `. Below 0.9: ${lh.failedAudits.join("; ")}` : "") +
        ` (load ${lh.load}).`,
      "",
    );
  }
  if (r.renders) {
    const w = (list: RendersResult["weights"]["seed"]) => list.map((p) => `\`${p.path}\` ${kib(p.htmlGzipBytes)} gzip (${kib(p.htmlBytes)} raw, flight ${kib(p.flightBytes)})`).join(", ");
    out.push(`Page weights: seed data ${w(r.renders.weights.seed)}; ${size(r.renders.n)} statements ${w(r.renders.weights.large)} (load ${r.renders.load}).`, "");
  }
  if (r.errors.length) out.push(`Failed phases: ${r.errors.join("; ")}.`, "");
  return out.join("\n");
}
