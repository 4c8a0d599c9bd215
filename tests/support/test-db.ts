/**
 * A real SQLite file with the real migrations, in a temporary folder, for tests of db/ and the
 * scripts. Nothing is mocked: the same client, pragmas and migrator as the server.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase, seedReference } from "@/db/seed";

export type TestDb = { db: Db; file: string; dir: string; close(): void };

/** Opens a fresh migrated database; `seed: "reference"` adds countries and categories, `"full"` the seed dataset. */
export function createTestDb(seed: "none" | "reference" | "full" = "reference"): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const file = path.join(dir, "tracker.db");
  const db = openDatabase(file, { create: true });
  migrateDatabase(db, file);
  if (seed === "reference") seedReference(db);
  if (seed === "full") seedDatabase(db);
  return {
    db,
    file,
    dir,
    close() {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
