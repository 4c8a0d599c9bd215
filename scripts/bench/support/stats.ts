/** Timing helpers shared by the benchmarks: repeated runs, medians and percentiles. */
import os from "node:os";

export type Summary = { runs: number; median: number; p95: number; min: number; cpuMedian?: number };

/** Nearest-rank percentile of already sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? NaN };
}

/**
 * Times `fn` (milliseconds per call) after a few warm-up calls, repeating until both `minRuns`
 * calls and `minMs` of measured time are reached (and at most `maxRuns`), so fast functions get
 * many samples and slow ones still finish. Wall-clock time is the figure; the process's CPU time
 * per call (median) is kept beside it, because on a shared machine wall time includes waiting
 * for a core.
 */
export function timeRepeated(fn: () => unknown, { warmup = 5, minRuns = 50, maxRuns = 2000, minMs = 500 } = {}): Summary {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || total < minMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    const dc = process.cpuUsage(c0);
    samples.push(dt);
    cpu.push((dc.user + dc.system) / 1000);
    total += dt;
  }
  return { ...summarise(samples), cpuMedian: summarise(cpu).median };
}

/** The one-minute load average, to print next to every figure (the machine is shared). */
export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}

export function fmt(ms: number, digits = 2): string {
  return Number.isFinite(ms) ? ms.toFixed(digits) : "n/a";
}
