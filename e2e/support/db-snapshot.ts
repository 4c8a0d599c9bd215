/**
 * Puts the shared e2e database back as it was after a spec that writes to it: a backup before
 * (SQLite's online backup API, the same code as `npm run db:backup`) and a forced restore after,
 * while the server keeps running (the same code as `npm run db:restore -- FILE --force`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { EDITOR, createAccount } from "./admin";
import { e2eContext } from "./context";

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

/**
 * For a spec that writes without signing in (the CLI import, a direct write through db/): snapshots
 * the shared database before its tests and restores it after, so that no later spec (the charts'
 * axis, the map's counts) sees what it wrote.
 */
export function restoresSharedDatabase(): void {
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    restore = await snapshotDatabase(e2eContext().databasePath);
  }, 240_000);
  afterAll(async () => {
    await restore?.();
  });
}

/**
 * For a spec that writes: snapshots the shared database before its tests and restores it after,
 * and creates the e2e editor's account (with the real `admin:create`) for it to sign in with.
 */
export function writesWithEditorAccount(): void {
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    restore = await snapshotDatabase(e2eContext().databasePath);
    createAccount(EDITOR, "editor");
  }, 240_000);
  afterAll(async () => {
    await restore?.();
  });
}
