/**
 * The one way to open the tracker's SQLite database. Pages and API routes share a lazily opened,
 * process-wide connection (`getDb`); scripts and tests open their own file with `openDatabase`.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/tracker.db";

/** Raised when the database file cannot be used; its message is meant for a person to read. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

type OpenOptions = { create?: boolean; readonly?: boolean };

/**
 * Opens a database file with the pragmas every connection needs: WAL so readers never block the
 * writer, foreign keys enforced, and a busy timeout so a second writer waits instead of failing.
 */
export function openDatabase(file: string, { create = false, readonly = false }: OpenOptions = {}): Db {
  if (!create && !fs.existsSync(file)) {
    throw new DatabaseUnavailableError(
      `Database file ${file} does not exist. Run "npm run db:migrate" (or "npm start", which prepares it).`,
    );
  }
  if (create) fs.mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly, fileMustExist: !create });
    if (!readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
  } catch (err) {
    throw new DatabaseUnavailableError(`Cannot open database file ${file}: ${(err as Error).message}`);
  }
  return drizzle(sqlite, { schema }) as Db;
}

// Cached on globalThis so hot reloads in development do not open a new connection each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db; trackerDbPath?: string };

/** The server's shared connection, opened on first use (never at build time by import alone). */
export function getDb(): Db {
  const file = databasePath();
  if (!globalForDb.trackerDb || globalForDb.trackerDbPath !== file) {
    globalForDb.trackerDb = openDatabase(file);
    globalForDb.trackerDbPath = file;
  }
  return globalForDb.trackerDb;
}
