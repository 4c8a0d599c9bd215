/** Start-up refuses database files it cannot trust instead of silently starting a new one. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFileRows } from "../support/seed-file";
import { runScript } from "../support/run-script";

let dir: string;
const prepare = (db: string, as?: { uid: number; gid: number }) => runScript("prepare-db", [], db, { env: { HOME: os.tmpdir() }, ...as });

// Root reads any file whatever its mode, so as root the permission test runs the start as "nobody".
const isRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

describe("scripts/prepare-db.ts", { timeout: 60_000 }, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-start-"));
    fs.chmodSync(dir, 0o755); // mkdtemp makes it private; "nobody" must reach the files below
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates, migrates and seeds a new file, then keeps its data on the next start", () => {
    const db = path.join(dir, "new", "tracker.db");
    const first = prepare(db);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`seed: ${seedFileRows().length} statements and 4 events added, 0 updated, 0 merged`));
    const second = prepare(db);
    expect(second.stdout).toMatch(/existing data kept/);
  });

  it("refuses a file that is not a SQLite database, without touching it", () => {
    const db = path.join(dir, "corrupt.db");
    fs.writeFileSync(db, "this is not a database, but somebody's data".repeat(200));
    const before = fs.readFileSync(db);
    const res = prepare(db);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Cannot use the database: .*not a (readable SQLite )?database/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it("refuses a directory where the database file should be", () => {
    const db = path.join(dir, "dir.db");
    fs.mkdirSync(db);
    const res = prepare(db);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Cannot use the database: .*dir\.db is not a database file \(it is a directory\)/);
    expect(fs.statSync(db).isDirectory()).toBe(true);
  });

  it("refuses a database file this user cannot read (chmod 000), without touching it", () => {
    const folder = path.join(dir, "locked");
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o777); // only the file is locked, so the message must be about the file
    const db = path.join(folder, "tracker.db");
    expect(prepare(db).status).toBe(0);
    const before = fs.readFileSync(db);
    fs.chmodSync(db, 0o000);
    try {
      const res = prepare(db, isRoot ? NOBODY : undefined);
      expect(res.stderr).toMatch(/Cannot use the database: .*tracker\.db cannot be read and written by this user \(uid \d+\): EACCES/);
      expect(res.status).toBe(1);
    } finally {
      fs.chmodSync(db, 0o644);
    }
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it("refuses, with a message and no stack trace, a database in a folder this user cannot enter", () => {
    const folder = path.join(dir, "private");
    fs.mkdirSync(folder, { mode: 0o700 });
    const db = path.join(folder, "tracker.db");
    expect(prepare(db).status).toBe(0);
    fs.chmodSync(folder, 0o000);
    try {
      const res = prepare(db, isRoot ? NOBODY : undefined);
      expect(res.stderr).toMatch(/Cannot use the database: .*tracker\.db cannot be reached by this user \(uid \d+\): EACCES/);
      expect(res.stderr).not.toMatch(/\n\s+at /);
      expect(res.status).toBe(1);
    } finally {
      fs.chmodSync(folder, 0o700);
    }
  });

  it("refuses a database migrated by a newer version of the app", () => {
    const db = path.join(dir, "newer.db");
    expect(prepare(db).status).toBe(0);
    const raw = new Database(db);
    raw.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(Date.now() + 365 * 86_400_000);
    raw.close();
    const res = prepare(db);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/newer version of Coalition Tracker/);
  });
});
