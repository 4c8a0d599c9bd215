import "server-only";
import type Database from "better-sqlite3";
import type { DataRevision } from "@/lib/http/revision-etag";

const statements = new WeakMap<Database.Database, Database.Statement>();

/**
 * The dataset revision (the one row of `data_revision`, moved by triggers on every table a public
 * view reads: migration 0006): the same value in every process and on every host holding this
 * file or a copy of it, unlike `pragma data_version` (db/data-version.ts), which is per connection.
 * Null when the table does not exist yet (a file not migrated), so that callers simply set no ETag.
 */
export function readDataRevision(sqlite: Database.Database): DataRevision | null {
  try {
    let stmt = statements.get(sqlite);
    if (!stmt) {
      stmt = sqlite.prepare("select revision, stamp from data_revision where id = 1");
      statements.set(sqlite, stmt);
    }
    const row = stmt.get() as { revision: number; stamp: string } | undefined;
    return row ? { revision: row.revision, stamp: row.stamp } : null;
  } catch {
    return null; // no such table (not migrated yet) or the file is unreadable: no validator
  }
}
