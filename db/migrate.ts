/**
 * Applies the committed drizzle-kit migrations, refusing files it cannot safely touch: a database
 * written by a newer version of the tracker, or one that fails SQLite's own consistency check.
 */
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./client";
import { checkIntegrity, checkSchemaVersion } from "./verify";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Throws a DatabaseUnavailableError with a readable reason if the file is corrupt or too new. */
export function checkDatabase(db: Db, file: string): void {
  checkIntegrity(db.$client, file);
  checkSchemaVersion(db.$client, file);
}

/** Brings the schema up to date; safe to call on every start. */
export function migrateDatabase(db: Db, file: string): void {
  checkDatabase(db, file);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
