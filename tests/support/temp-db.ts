import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedIfEmpty } from "@/db/seed";

/** A fresh, migrated and seeded database file in a temporary directory, and a way to remove it. */
export function tempDatabase(): { db: Db; file: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const file = path.join(dir, "tracker.db");
  const db = openDatabase(file, { create: true });
  migrateDatabase(db, file);
  seedIfEmpty(db);
  return {
    db,
    file,
    dispose() {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
