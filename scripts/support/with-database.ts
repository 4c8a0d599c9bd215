/**
 * Shared frame for command-line jobs: opens DATABASE_PATH (default data/tracker.db), brings its
 * schema and reference data up to date, runs the job, and turns an unusable database file into a readable message and
 * exit code 1 rather than a stack trace or a silently recreated file.
 */
import { databasePath, openDatabase, DatabaseUnavailableError, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedReference } from "@/db/seed";

export async function withDatabase(
  job: (db: Db, file: string) => void | Promise<void>,
  // Jobs that only read (export) pass create: false, so a mistyped DATABASE_PATH is an error
  // rather than a new empty database and an empty export.
  { create = true }: { create?: boolean } = {},
): Promise<void> {
  const file = databasePath();
  let db: Db | undefined;
  try {
    db = openDatabase(file, { create });
    migrateDatabase(db, file);
    // Countries and categories are reference data the schema is useless without (idempotent).
    seedReference(db);
    await job(db, file);
  } catch (err) {
    if (err instanceof DatabaseUnavailableError) {
      console.error(`Cannot use the database: ${err.message}`);
      process.exitCode = 1;
      return;
    }
    throw err;
  } finally {
    db?.$client.close();
  }
}
