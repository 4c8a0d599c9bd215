/**
 * npm run db:backup / db:restore, run as an operator runs them, against real files: a backup taken
 * while another process keeps writing is consistent, a restored backup exports byte-identical CSV,
 * and a restore never silently throws away newer work.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFileRows } from "../support/seed-file";
import { openDatabase } from "@/db/client";
import { listCurrentStatements } from "@/db/statements";
import { statementsToCsv } from "@/db/statements";
import { CRASH_BATCH_SIZE } from "../support/crash-protocol";
import { TSX, runScript, scriptArgs } from "../support/run-script";

let dir: string;
const run = runScript;
/**
 * The CSV export of a database file: the same two calls as `npm run db:export` (scripts/export.ts),
 * made in-process because spawning tsx for each of the many comparisons would triple the run time.
 */
function exportOf(file: string): string {
  expect(fs.existsSync(file), file).toBe(true);
  const db = openDatabase(file);
  try {
    return statementsToCsv(listCurrentStatements(db));
  } finally {
    db.$client.close();
  }
}
const sha = (s: string | Buffer) => crypto.createHash("sha256").update(s).digest("hex");

type Writer = { child: ChildProcess; writes(): number };

/** Starts the crash test's writer on `db` (it writes until killed) and resolves once it has written `n` times. */
function startWriter(db: string, n: number): Promise<Writer> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/crash-writer.ts", db, "1"], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let writes = 0;
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      writes += (d.toString().match(/^(ack|batch) /gm) ?? []).length;
      if (writes >= n) resolve({ child, writes: () => writes });
    });
    child.on("exit", (code, signal) => reject(new Error(`writer exited early (${signal ?? code})`)));
  });
}

/** Like `run`, but without blocking this process, so the writer's output keeps being read meanwhile. */
function runAsync(script: string, args: string[], db: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(TSX, scriptArgs(script, args), { env: { ...process.env, DATABASE_PATH: db } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

describe("db:backup and db:restore", { timeout: 120_000 }, () => {
  let seeded: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backup-"));
    seeded = path.join(dir, "seeded.db");
    expect(run("prepare-db", [], seeded).status).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("backs up to one self-contained file that restores to a byte-identical CSV export", () => {
    const backup = path.join(dir, "seeded-backup.db");
    const res = run("backup", [backup], seeded);
    expect(res.stderr).toBe("");
    expect(res.stdout).toMatch(new RegExp(`Backed up .* to .*seeded-backup\\.db: ${seedFileRows().length} statements \\(${seedFileRows().length} versions\\)`));
    expect(fs.existsSync(`${backup}-wal`)).toBe(false);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();

    const restored = path.join(dir, "fresh", "restored.db");
    fs.mkdirSync(path.dirname(restored));
    const r = run("restore", [backup], restored);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(new RegExp(`Restored .* ${seedFileRows().length} statements`));
    expect(exportOf(restored)).toBe(exportOf(seeded));
  });

  it("takes a consistent backup while another process keeps writing", async () => {
    const live = path.join(dir, "live.db");
    fs.copyFileSync(seeded, live);
    const writer = await startWriter(live, 20);
    const backup = path.join(dir, "live-backup.db");
    let res: Awaited<ReturnType<typeof runAsync>>;
    const before = writer.writes();
    try {
      res = await runAsync("backup", [backup], live);
      // The writer went on writing while the backup ran (it is still running now).
      expect(writer.writes()).toBeGreaterThan(before);
      expect(writer.child.exitCode).toBeNull();
    } finally {
      process.kill(-writer.child.pid!, "SIGKILL");
    }
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      // The writer was mid-stream: the copy holds some of its writes, and never part of a batch.
      const written = (copy.prepare("select count(*) as n from statements where recorded_by = 'crash-test'").get() as { n: number }).n;
      expect(written).toBeGreaterThanOrEqual(20);
      const partial = copy
        .prepare(
          `select substr(note, 7, instr(note, ' row ') - 7) as marker, count(*) as n from statements
           where note like 'batch %' group by marker having n <> ?`,
        )
        .all(CRASH_BATCH_SIZE);
      expect(partial).toEqual([]);
    } finally {
      copy.close();
    }
    // And the copy restores to exactly what it holds.
    const restored = path.join(dir, "live-restored.db");
    expect(run("restore", [backup], restored).status).toBe(0);
    expect(exportOf(restored)).toBe(exportOf(backup));
  });

  it("refuses to overwrite a newer database without --force, and keeps the replaced one with --force", () => {
    const db = path.join(dir, "newer.db");
    fs.copyFileSync(seeded, db);
    const backup = path.join(dir, "older-backup.db");
    expect(run("backup", [backup], db).status).toBe(0);
    const atBackup = exportOf(db);

    // A change after the backup: an import of one row (the same path an editor's import takes).
    const csv = path.join(dir, "one.csv");
    fs.writeFileSync(csv, "country,stated_on,stance,source_title\nEST,2025-10-01,troops,Later statement\n");
    expect(run("import", [csv], db).status).toBe(0);
    const newer = exportOf(db);
    expect(newer).not.toBe(atBackup);
    const bytes = fs.readFileSync(db);

    const refused = run("restore", [backup], db);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Restore refused: .*newer than the backup: it holds [1-9]\d* change\(s\) the backup lacks.*--force/);
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
    expect(exportOf(db)).toBe(newer);

    const forced = run("restore", [backup, "--force"], db);
    expect(forced.status, forced.stderr).toBe(0);
    expect(exportOf(db)).toBe(atBackup);
    const kept = /kept at (.+)$/m.exec(forced.stdout)?.[1];
    expect(kept).toBeDefined();
    expect(exportOf(kept!)).toBe(newer);
  });

  it("restores over an older database without --force (nothing would be lost)", () => {
    const db = path.join(dir, "older.db");
    fs.copyFileSync(seeded, db);
    const later = path.join(dir, "later.db");
    fs.copyFileSync(seeded, later);
    const csv = path.join(dir, "two.csv");
    fs.writeFileSync(csv, "country,stated_on,stance,source_title\nLVA,2025-10-02,naval,Another statement\n");
    expect(run("import", [csv], later).status).toBe(0);
    const backup = path.join(dir, "later-backup.db");
    expect(run("backup", [backup], later).status).toBe(0);
    const res = run("restore", [backup], db);
    expect(res.stderr).toBe("");
    expect(exportOf(db)).toBe(exportOf(later));
  });

  it("refuses bad backup files and accidental overwrites, with a message and exit 1", () => {
    const target = path.join(dir, "target.db");
    fs.copyFileSync(seeded, target);
    const bytes = sha(fs.readFileSync(target));

    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, "not a backup at all ".repeat(500));
    const bad = run("restore", [garbage, "--force"], target);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Restore refused: .*garbage\.db is not a readable SQLite database/);

    const missing = run("restore", [path.join(dir, "nope.db")], target);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.db does not exist/);
    expect(sha(fs.readFileSync(target))).toBe(bytes);

    const existing = path.join(dir, "existing-backup.db");
    fs.writeFileSync(existing, "an earlier backup");
    const clash = run("backup", [existing], target);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("an earlier backup");
    expect(run("backup", [existing, "--force"], target).status).toBe(0);

    const self = run("backup", [target], target);
    expect(self.status).toBe(1);
    expect(self.stderr).toMatch(/cannot be the database itself/);
  });
});
