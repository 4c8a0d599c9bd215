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

import { DatabaseUnavailableError } from "./errors";
import { checkIntegrity, checkSchemaVersion } from "./verify";

// Defined in errors.ts with the other typed failures; re-exported because callers import it from here.
export { DatabaseUnavailableError };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

type OpenOptions = { create?: boolean; readonly?: boolean };

/**
 * Says, before SQLite does (its "unable to open database file" names no cause), why a path cannot
 * be opened: a directory in its place, or permissions that keep this user from reading or writing
 * it or its folder (WAL mode creates FILE-wal and FILE-shm next to it).
 */
function assertUsablePath(file: string, readonly: boolean): void {
  const user = typeof process.getuid === "function" ? ` (uid ${process.getuid()})` : "";
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch (err) {
    throw new DatabaseUnavailableError(`${file} cannot be reached by this user${user}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  if (!stat) return;
  if (!stat.isFile()) throw new DatabaseUnavailableError(`${file} is not a database file (it is a ${stat.isDirectory() ? "directory" : "special file"}).`);
  try {
    fs.accessSync(file, readonly ? fs.constants.R_OK : fs.constants.R_OK | fs.constants.W_OK);
  } catch (err) {
    throw new DatabaseUnavailableError(
      `${file} cannot be ${readonly ? "read" : "read and written"} by this user${user}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Fix its permissions or owner.`,
    );
  }
  if (readonly) return;
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK | fs.constants.X_OK);
  } catch (err) {
    throw new DatabaseUnavailableError(
      `The folder of ${file} is not writable by this user${user} (${(err as NodeJS.ErrnoException).code}); SQLite needs to create its -wal and -shm files there.`,
    );
  }
}

/**
 * Opens a database file with the pragmas every connection needs: WAL so readers never block the
 * writer, foreign keys enforced, and a busy timeout so a second writer waits instead of failing.
 *
 * synchronous = FULL, not NORMAL: in WAL mode NORMAL already survives a crash of the process (a
 * committed transaction is in the WAL file in the OS cache, which outlives SIGKILL), but it may
 * lose the last acknowledged transactions on power loss or an OS crash, because the WAL is only
 * fsynced at checkpoints. FULL fsyncs the WAL at every commit, so a save the editor saw succeed
 * survives that too. Writes here are a few per minute; the cost (one fsync per commit, about a
 * millisecond on an SSD) is invisible, and reads are not affected at all.
 */
export function openDatabase(file: string, { create = false, readonly = false }: OpenOptions = {}): Db {
  assertUsablePath(file, readonly);
  if (!create && !fs.existsSync(file)) {
    throw new DatabaseUnavailableError(
      `Database file ${file} does not exist. Run "npm run db:migrate" (or "npm start", which prepares it).`,
    );
  }
  if (create) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      throw new DatabaseUnavailableError(`Cannot create the folder of ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly, fileMustExist: !create });
    if (!readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = FULL");
  } catch (err) {
    throw new DatabaseUnavailableError(`Cannot open database file ${file}: ${(err as Error).message}`);
  }
  return drizzle(sqlite, { schema }) as Db;
}

// Cached on globalThis so hot reloads in development do not open a new connection each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db; trackerDbPath?: string };

/**
 * The server's shared connection, opened on first use (never at build time by import alone). The
 * server never migrates or creates the file (that is `npm start`'s prepare step), so a file that is
 * missing, unreadable, corrupt, or not at this build's schema is refused with a
 * DatabaseUnavailableError: API routes answer 503, pages show app/error.tsx's notice. A failed open
 * is not cached, so the server recovers by itself once the file is fixed.
 */
export function getDb(): Db {
  const file = databasePath();
  if (!globalForDb.trackerDb || globalForDb.trackerDbPath !== file) {
    const db = openDatabase(file);
    try {
      checkIntegrity(db.$client, file);
      checkSchemaVersion(db.$client, file, { requireCurrent: true });
    } catch (err) {
      db.$client.close();
      throw err;
    }
    globalForDb.trackerDb = db;
    globalForDb.trackerDbPath = file;
  }
  return globalForDb.trackerDb;
}
