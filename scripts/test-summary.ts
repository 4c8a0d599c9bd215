/**
 * Closing summary of `npm test`: reads the JSON reports that the vitest runs wrote and prints one
 * line per suite and a total, each in the plain form CI reads (`unit: 40 passed, 0 failed`).
 * Exits 1 if a report is missing (the suite never ran, or crashed before reporting), if anything
 * failed, or if a suite ran no test at all.
 *
 *   tsx scripts/test-summary.ts --clean           delete old reports before a run
 *   tsx scripts/test-summary.ts                   summarise test-results/{unit,e2e}.json
 *   tsx scripts/test-summary.ts name=path ...     summarise other reports
 */
import fs from "node:fs";

const DEFAULT_SUITES: Record<string, string> = {
  unit: "test-results/unit.json",
  e2e: "test-results/e2e.json",
};

/** The part of vitest's JSON reporter output that this script relies on. */
type JsonReport = {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message: string; assertionResults: { status: string }[] }[];
};

type Counts = { passed: number; failed: number; skipped: number };

function parseArgs(argv: string[]): { clean: boolean; suites: Record<string, string> } {
  const clean = argv.includes("--clean");
  const pairs = argv.filter((a) => a.includes("="));
  if (pairs.length === 0) return { clean, suites: DEFAULT_SUITES };
  const suites: Record<string, string> = {};
  for (const pair of pairs) {
    const [name, file] = pair.split("=", 2) as [string, string];
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`suite name must be one word: ${name}`);
    suites[name] = file;
  }
  return { clean, suites };
}

function line(label: string, c: Counts): string {
  return `${label}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`;
}

/** Reads one report; returns its counts and the reasons it should fail the run. */
function summarise(name: string, file: string): { counts: Counts; problems: string[]; ran: boolean } {
  const none = { passed: 0, failed: 0, skipped: 0 };
  if (!fs.existsSync(file)) {
    return {
      counts: none,
      ran: false,
      problems: [`${name}: no report at ${file} (the suite did not run, or crashed before reporting)`],
    };
  }
  let report: JsonReport;
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8")) as JsonReport;
  } catch (err) {
    return { counts: none, ran: false, problems: [`${name}: unreadable report ${file}: ${(err as Error).message}`] };
  }
  const problems: string[] = [];
  // A file that fails outside any test (import error, failing beforeAll) has no failed assertion of
  // its own; count it as one failure so the closing line does not read "0 failed".
  const brokenFiles = report.testResults.filter(
    (r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed"),
  );
  for (const r of brokenFiles) problems.push(`${name}: ${r.name} failed outside any test: ${r.message.split("\n")[0]}`);
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  if (counts.passed + counts.failed === 0) problems.push(`${name}: ran no test`);
  // A run that vitest calls unsuccessful with no failed test (failing global setup, unhandled
  // error) counts as one failure, for the same reason.
  if (!report.success && counts.failed === 0) {
    counts.failed = 1;
    problems.push(`${name}: the run failed outside any test (global setup or an unhandled error; see above)`);
  }
  if (counts.failed > 0) problems.push(`${name}: ${counts.failed} failed`);
  return { counts, problems, ran: true };
}

function main(): number {
  const { clean, suites } = parseArgs(process.argv.slice(2));
  if (clean) {
    for (const file of Object.values(suites)) fs.rmSync(file, { force: true });
    return 0;
  }
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const problems: string[] = [];
  const lines: string[] = [];
  for (const [name, file] of Object.entries(suites)) {
    const s = summarise(name, file);
    total.passed += s.counts.passed;
    total.failed += s.counts.failed;
    total.skipped += s.counts.skipped;
    problems.push(...s.problems);
    // No count line for a suite that never reported: "0 passed, 0 failed" would misstate it.
    lines.push(s.ran ? line(name, s.counts) : `${name}: not run`);
  }
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  console.log(`\n${lines.join("\n")}\n${line("total", total)}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main();
