/**
 * Writes to the e2e database as another process would: the real `npm run db:import` script on a
 * CSV, outside the server. The caching specs use it to show that such a write is seen at once.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { runScript } from "../../tests/support/run-script";
import { e2eContext } from "./context";

/** Imports `csv` (the import format, header included) with scripts/import.ts; fails the test if it fails. */
export function importCsvWithCli(csv: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-e2e-import-"));
  const file = path.join(dir, "probe.csv");
  fs.writeFileSync(file, csv);
  try {
    const run = runScript("import", [file], e2eContext().databasePath, { timeout: 60_000 });
    expect(run.status, `import failed: ${run.stderr}${run.stdout}`).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
