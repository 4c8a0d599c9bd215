/**
 * Puts the shared e2e database back as it was after a spec that writes to it: a backup before
 * (SQLite's online backup API, the same code as `npm run db:backup`) and a forced restore after,
 * while the server keeps running (the same code as `npm run db:restore -- FILE --force`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/db/backup";

/** Takes a snapshot of `databasePath`; the returned function restores it and removes the copies. */
export async function snapshotDatabase(databasePath: string): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-snapshot-"));
  const copy = path.join(dir, "snapshot.db");
  await backupDatabase(databasePath, copy);
  return async () => {
    const { keptAt } = await restoreDatabase(copy, databasePath, { force: true });
    if (keptAt) fs.rmSync(keptAt, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
