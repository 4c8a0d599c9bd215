/**
 * Applies the committed drizzle-kit migrations, refusing files it cannot safely touch: a database
 * written by a newer version of the tracker, or one that fails SQLite's own consistency check.
 */
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import { DatabaseUnavailableError, type Db } from "./client";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

type Journal = { entries: { tag: string; when: number }[] };

function readJournal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as Journal;
}

/** Throws a DatabaseUnavailableError with a readable reason if the file is corrupt or too new. */
export function checkDatabase(db: Db, file: string): void {
  let integrity: string;
  try {
    integrity = String(db.$client.pragma("quick_check", { simple: true }));
  } catch (err) {
    throw new DatabaseUnavailableError(`${file} is not a readable SQLite database: ${(err as Error).message}`);
  }
  if (integrity !== "ok") {
    throw new DatabaseUnavailableError(`${file} failed SQLite's integrity check (${integrity}); restore a backup.`);
  }
  const hasTable = db.$client
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return;
  const latest = db.$client.prepare("select max(created_at) as at from __drizzle_migrations").get() as {
    at: number | null;
  };
  const known = Math.max(0, ...readJournal().entries.map((e) => e.when));
  if (latest.at !== null && latest.at > known) {
    throw new DatabaseUnavailableError(
      `${file} was migrated by a newer version of Coalition Tracker (schema of ${new Date(latest.at).toISOString()}); ` +
        "upgrade the app instead of opening it with this one.",
    );
  }
}

/** Brings the schema up to date; safe to call on every start. */
export function migrateDatabase(db: Db, file: string): void {
  checkDatabase(db, file);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
