/**
 * A plain-text summary of one Lighthouse JSON report: the audits that decide the mobile score
 * (the metrics, the LCP element and its phases, main-thread work by kind and by script, the long
 * tasks, the requests, unused and render-blocking resources). Read-only; for lighthouse-page.ts.
 */

type Item = Record<string, unknown>;
type Audit = { score: number | null; displayValue?: string; numericValue?: number; details?: { items?: Item[] } };
export type LighthouseReport = { audits: Record<string, Audit | undefined> };

const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "speed-index",
  "cumulative-layout-shift",
  "interactive",
  "server-response-time",
];

/** The path of a URL (the chunk's name), or the text as it is ("Unattributable", inline scripts). */
function short(url: unknown): string {
  if (typeof url !== "string") return String(url);
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

const ms = (n: unknown) => (typeof n === "number" ? `${Math.round(n)} ms` : "?");
const kib = (n: unknown) => (typeof n === "number" ? `${(n / 1024).toFixed(1)} KiB` : "?");

function items(report: LighthouseReport, id: string): Item[] {
  return report.audits[id]?.details?.items ?? [];
}

export function summarizeReport(report: LighthouseReport): string {
  const out: string[] = [];
  out.push(METRICS.map((m) => `${m} ${report.audits[m]?.displayValue ?? "n/a"} (score ${report.audits[m]?.score ?? "n/a"})`).join("; "));
  // LCP element: a table of the node, then (Lighthouse 12) a table of its phases.
  for (const table of items(report, "largest-contentful-paint-element")) {
    const rows = (table as { items?: Item[] }).items ?? [];
    for (const row of rows) {
      const node = row.node as { snippet?: string; selector?: string } | undefined;
      if (node) out.push(`LCP element: ${node.selector ?? ""} ${node.snippet ?? ""}`);
      else if (row.phase) out.push(`  LCP phase ${String(row.phase)}: ${ms(row.timing)}`);
    }
  }
  out.push(
    "main thread: " +
      items(report, "mainthread-work-breakdown")
        .map((i) => `${String(i.groupLabel ?? i.group)} ${ms(i.duration)}`)
        .join(", "),
  );
  out.push("bootup (total / scripting / parse):");
  for (const i of items(report, "bootup-time")) out.push(`  ${short(i.url)}: ${ms(i.total)} / ${ms(i.scripting)} / ${ms(i.scriptParseCompile)}`);
  out.push("long tasks (start, duration, script):");
  for (const i of items(report, "long-tasks")) out.push(`  ${ms(i.startTime)} +${ms(i.duration)} ${short(i.url)}`);
  out.push("requests (start-end, transfer, type):");
  for (const i of items(report, "network-requests")) {
    out.push(`  ${ms(i.networkRequestTime)}-${ms(i.networkEndTime)} ${kib(i.transferSize)} ${String(i.resourceType)} ${short(i.url)}`);
  }
  out.push("unused JavaScript (wasted / total):");
  for (const i of items(report, "unused-javascript")) out.push(`  ${short(i.url)}: ${kib(i.wastedBytes)} / ${kib(i.totalBytes)}`);
  out.push("render-blocking: " + (items(report, "render-blocking-resources").map((i) => `${short(i.url)} (${ms(i.wastedMs)})`).join(", ") || "none"));
  return out.join("\n");
}
