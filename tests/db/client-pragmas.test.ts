/** The settings every connection gets (db/client.ts), which the durability claims in the README rest on. */
import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createTestDb, type TestDb } from "../support/test-db";

describe("openDatabase", () => {
  let t: TestDb;
  beforeEach(() => (t = createTestDb("none")));
  afterEach(() => t.close());

  it("uses WAL, enforces foreign keys, waits 5 s for a lock and fsyncs every commit (synchronous=FULL)", () => {
    const db = openDatabase(t.file);
    try {
      expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
      expect(db.$client.pragma("synchronous", { simple: true })).toBe(2); // 2 = FULL, 1 = NORMAL
    } finally {
      db.$client.close();
    }
  });

  it("lets a second writer wait for the first to commit instead of failing", async () => {
    const db = openDatabase(t.file);
    try {
      db.$client.exec("create table t (x integer)");
      // Another process takes the write lock, holds it for 700 ms, then commits.
      const holder = spawn(
        process.execPath,
        ["-e", `const D = require("better-sqlite3"); const d = new D(process.argv[1]); d.exec("begin immediate; insert into t values (1)");
                console.log("locked"); setTimeout(() => { d.exec("commit"); d.close(); }, 700);`, t.file],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
      const started = Date.now();
      db.$client.exec("insert into t values (2)"); // blocks in busy_timeout until the holder commits
      expect(Date.now() - started).toBeGreaterThan(300);
      expect(db.$client.prepare("select x from t order by x").all()).toEqual([{ x: 1 }, { x: 2 }]);
      await new Promise((resolve) => holder.on("close", resolve));
    } finally {
      db.$client.close();
    }
  }, 15_000);
});
