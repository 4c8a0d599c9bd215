/**
 * Online backup and guarded restore of the tracker's database file, with SQLite's backup API: the
 * copy is a consistent snapshot taken while the server keeps reading and writing, and a restore is
 * an ordinary write transaction on the live file, so a running server sees the restored data at
 * its next query. A restore never silently drops work: it refuses when the current database holds
 * changes the backup lacks (unless forced), and always keeps the current file aside first.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { DatabaseUnavailableError } from "./errors";
import { checkIntegrity, checkSchemaVersion } from "./verify";

export type BackupSummary = { file: string; bytes: number; statements: number; versions: number; lastChangeAt: number | null };

/** How many rows a backup or restore carries, and when its data last changed (for messages). */
function summarise(sqlite: Database.Database, file: string): BackupSummary {
  const counts = sqlite
    .prepare("select count(distinct statement_id) as statements, count(*) as versions from statements")
    .get() as { statements: number; versions: number };
  return { file, bytes: fs.statSync(file).size, ...counts, lastChangeAt: lastChangeAt(sqlite) };
}

/** The newest instant at which anything was recorded: a statement version, its closing, or an audit entry. */
export function lastChangeAt(sqlite: Database.Database, schema = "main"): number | null {
  const row = sqlite
    .prepare(
      `select max(coalesce((select max(max(recorded_at), coalesce(max(superseded_at), 0)) from ${schema}.statements), 0),
                  coalesce((select max(at) from ${schema}.audit_log), 0)) as at`,
    )
    .get() as { at: number };
  return row.at === 0 ? null : row.at;
}

/** Copies with the backup API in one step after the first, so a busy writer cannot keep restarting it. */
async function copyPages(source: Database.Database, destination: string): Promise<void> {
  await source.backup(destination, { progress: () => 0x7fffffff });
}

/** Opens a file that must already be a usable tracker database (integrity and schema checked). */
function openChecked(file: string, { readonly }: { readonly: boolean }): Database.Database {
  if (!fs.existsSync(file)) throw new DatabaseUnavailableError(`${file} does not exist.`);
  if (!fs.statSync(file).isFile()) throw new DatabaseUnavailableError(`${file} is not a file.`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
  } catch (err) {
    throw new DatabaseUnavailableError(`Cannot open ${file}: ${(err as Error).message}`);
  }
  try {
    checkIntegrity(sqlite, file);
    checkSchemaVersion(sqlite, file);
    if (!sqlite.prepare("select 1 from sqlite_master where name = 'statements'").get()) {
      throw new DatabaseUnavailableError(`${file} is an SQLite file but not a Coalition Tracker database.`);
    }
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return sqlite;
}

/**
 * Writes a consistent copy of `source` to `destination` while other processes keep using it. The
 * copy goes to a temporary name first and is renamed into place only once it is complete and has
 * passed SQLite's integrity check, so a failed backup never leaves a half file behind. The result
 * is one self-contained file (rollback journal mode, no -wal/-shm beside it).
 */
export async function backupDatabase(source: string, destination: string, { overwrite = false } = {}): Promise<BackupSummary> {
  if (path.resolve(source) === path.resolve(destination)) throw new DatabaseUnavailableError("The backup file cannot be the database itself.");
  if (!overwrite && fs.existsSync(destination)) {
    throw new DatabaseUnavailableError(`${destination} already exists; choose another name (or pass --force to replace it).`);
  }
  const src = openChecked(source, { readonly: false });
  const partial = `${destination}.partial-${process.pid}`;
  try {
    await copyPages(src, partial);
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
      checkIntegrity(copy, partial);
      const fd = fs.openSync(partial, "r+");
      try {
        fs.fsyncSync(fd); // the rename below must not reach the disk before the data does
      } finally {
        fs.closeSync(fd);
      }
    } finally {
      copy.close();
    }
    fs.renameSync(partial, destination);
    const done = new Database(destination, { readonly: true });
    try {
      return summarise(done, destination);
    } finally {
      done.close();
    }
  } finally {
    src.close();
    fs.rmSync(partial, { force: true });
  }
}

export type RestoreCheck = { lostChanges: number; newestLostAt: number | null } | { unreadable: string };

/** What restoring `backup` over `target` would throw away: changes in target that the backup lacks. */
export function changesMissingFrom(backupFile: string, target: string): RestoreCheck {
  let current: Database.Database;
  try {
    current = openChecked(target, { readonly: true });
  } catch (err) {
    return { unreadable: (err as Error).message };
  }
  try {
    current.prepare("attach database ? as bk").run(backupFile);
    const audit = current
      .prepare(
        `select count(*) as n, max(a.at) as at from main.audit_log a where not exists (
           select 1 from bk.audit_log b where b.id = a.id and b.at = a.at and b.actor = a.actor and b.entity_id = a.entity_id)`,
      )
      .get() as { n: number; at: number | null };
    const versions = current
      .prepare(
        `select count(*) as n, max(max(s.recorded_at), coalesce(max(s.superseded_at), 0)) as at from main.statements s
         where not exists (select 1 from bk.statements b where b.id = s.id and b.recorded_at = s.recorded_at
                             and b.superseded_at is s.superseded_at)`,
      )
      .get() as { n: number; at: number | null };
    const newest = Math.max(audit.at ?? 0, versions.n > 0 ? (versions.at ?? 0) : 0);
    return { lostChanges: Math.max(audit.n, versions.n), newestLostAt: newest === 0 ? null : newest };
  } finally {
    current.close();
  }
}

export type RestoreResult = BackupSummary & { keptAt: string | null };

/**
 * Replaces the contents of `target` with `backupFile`. Without `force` it refuses when the current
 * database holds changes the backup lacks, or cannot be read to tell. With or without `force`, the
 * current file is first copied to `TARGET.before-restore-TIMESTAMP` (returned as `keptAt`).
 */
export async function restoreDatabase(backupFile: string, target: string, { force = false } = {}): Promise<RestoreResult> {
  if (path.resolve(backupFile) === path.resolve(target)) throw new DatabaseUnavailableError("The backup file is the database itself.");
  const backup = openChecked(backupFile, { readonly: true });
  try {
    let keptAt: string | null = null;
    if (fs.existsSync(target)) {
      const check = changesMissingFrom(backupFile, target);
      if (!force && "unreadable" in check) {
        throw new DatabaseUnavailableError(`Cannot tell what the current database would lose (${check.unreadable}). Pass --force to restore anyway.`);
      }
      if (!force && "lostChanges" in check && check.lostChanges > 0) {
        throw new DatabaseUnavailableError(
          `${target} is newer than the backup: it holds ${check.lostChanges} change(s) the backup lacks, the latest at ` +
            `${new Date(check.newestLostAt ?? 0).toISOString()}. Restoring would lose them; pass --force to restore anyway.`,
        );
      }
      keptAt = await keepAside(target);
    }
    await copyPages(backup, target);
    const restored = openChecked(target, { readonly: false });
    try {
      return { ...summarise(restored, target), keptAt };
    } finally {
      restored.close();
    }
  } finally {
    backup.close();
  }
}

/** Copies the current database (with its WAL contents) aside before it is overwritten. */
async function keepAside(target: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const aside = `${target}.before-restore-${stamp}`;
  try {
    const current = new Database(target, { fileMustExist: true });
    try {
      await copyPages(current, aside);
    } finally {
      current.close();
    }
  } catch {
    // Unreadable as a database (that may be why it is being restored): keep its raw bytes instead.
    fs.copyFileSync(target, aside);
    if (fs.existsSync(`${target}-wal`)) fs.copyFileSync(`${target}-wal`, `${aside}-wal`);
  }
  return aside;
}
