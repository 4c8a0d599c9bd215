/**
 * Whether a database file may be used, decided before anything reads or writes it: SQLite's own
 * consistency check, and the schema version against the migrations this build ships. A file that
 * fails is reported with a DatabaseUnavailableError whose message tells the operator what to do;
 * it is never recreated or "repaired" silently, since it may hold the only copy of editors' work.
 */
import type Database from "better-sqlite3";
import { DatabaseUnavailableError } from "./errors";
// Imported (not read from disk at run time) so the server bundle carries the journal it was built with.
import journal from "./migrations/meta/_journal.json";

/** `created_at` of the newest migration this build knows (drizzle stores the journal's `when`). */
export const LATEST_MIGRATION_AT = Math.max(0, ...journal.entries.map((e) => e.when));

/** Throws unless SQLite's quick_check passes (it reads every page, so it also catches a non-database file). */
export function checkIntegrity(sqlite: Database.Database, file: string): void {
  let integrity: string;
  try {
    integrity = String(sqlite.pragma("quick_check", { simple: true }));
  } catch (err) {
    throw new DatabaseUnavailableError(`${file} is not a readable SQLite database: ${(err as Error).message}`);
  }
  if (integrity !== "ok") {
    throw new DatabaseUnavailableError(`${file} failed SQLite's integrity check (${integrity}); restore a backup.`);
  }
}

function latestApplied(sqlite: Database.Database): number | null | undefined {
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return undefined;
  const row = sqlite.prepare("select max(created_at) as at from __drizzle_migrations").get() as { at: number | null };
  return row.at;
}

/**
 * Throws if the file was migrated by a newer build (this one would misread it). With
 * `requireCurrent` (the server, which never migrates), also if it lacks any migration of this build.
 */
export function checkSchemaVersion(sqlite: Database.Database, file: string, { requireCurrent = false } = {}): void {
  const latest = latestApplied(sqlite);
  if (latest !== undefined && latest !== null && latest > LATEST_MIGRATION_AT) {
    throw new DatabaseUnavailableError(
      `${file} was migrated by a newer version of Coalition Tracker (schema of ${new Date(latest).toISOString()}); ` +
        "upgrade the app instead of opening it with this one.",
    );
  }
  if (!requireCurrent) return;
  if (latest === undefined || latest === null) {
    throw new DatabaseUnavailableError(
      `${file} has no Coalition Tracker schema. Prepare it with "npm run db:migrate" (or start with "npm start", which does).`,
    );
  }
  if (latest < LATEST_MIGRATION_AT) {
    throw new DatabaseUnavailableError(
      `${file} has an older schema than this version of Coalition Tracker. Run "npm run db:migrate" (or start with "npm start", which does).`,
    );
  }
}
