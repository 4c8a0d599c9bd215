/**
 * Writes to the e2e database as another process would: the real `npm run db:import` script on a
 * CSV, outside the server. The caching specs use it to show that such a write is seen at once.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { e2eContext } from "./context";

/** Imports `csv` (the import format, header included) with scripts/import.ts; fails the test if it fails. */
export function importCsvWithCli(csv: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-e2e-import-"));
  const file = path.join(dir, "probe.csv");
  fs.writeFileSync(file, csv);
  try {
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/import.ts", file], {
      env: { ...process.env, DATABASE_PATH: e2eContext().databasePath },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, `import failed: ${run.stderr}${run.stdout}`).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
