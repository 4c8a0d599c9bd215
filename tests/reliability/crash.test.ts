/**
 * Crash safety of the write path (npm run test:crash, and part of npm test): a child process writes
 * statements in a tight loop through createStatement and importStatements and reports each write
 * the moment it is committed; it is killed with SIGKILL at a random moment, ten times over on the
 * same file (every other round with checkpoints forced every few pages, so kills also land inside
 * a checkpoint). Afterwards SQLite's full integrity check passes, every acknowledged statement is
 * there with its audit entry, and no transaction is half-applied.
 *
 * SIGKILL is a process crash: the OS keeps what the process wrote. Power loss cannot be simulated
 * here; db/client.ts explains why synchronous=FULL covers it as well.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/test-db";
import { CRASH_ACTOR, CRASH_BATCH_SIZE } from "../support/crash-protocol";

const ROUNDS = 10;
const WRITER = path.resolve("tests/support/crash-writer.ts");

type Round = { round: number; delayMs: number; singles: number[]; batches: Map<string, number[]>; signal: string | null };

/** Runs the writer until `delayMs` after it is ready, then SIGKILLs its whole process group. */
function runRound(file: string, round: number, delayMs: number): Promise<Round> {
  const args = ["--conditions=react-server", "--import", "tsx", WRITER, file, String(round)];
  if (round % 2 === 0) args.push("4"); // wal_autocheckpoint = 4 pages: a checkpoint every few writes
  // Plain node with tsx as a loader (not the tsx CLI, whose wrapper process would take the signal
  // while the real writer went on), in its own process group so nothing it spawned survives.
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  const result: Round = { round, delayMs, singles: [], batches: new Map(), signal: null };
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      process.kill(-child.pid!, "SIGKILL");
      reject(new Error(`round ${round}: the writer never became ready\n${stderr}`));
    }, 30_000);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const [kind, ...rest] = line.split(" ");
      if (kind === "ready") {
        setTimeout(() => process.kill(-child.pid!, "SIGKILL"), delayMs);
      } else if (kind === "ack") {
        result.singles.push(Number(rest[0]));
      } else if (kind === "batch") {
        const [marker, ...ids] = rest;
        result.batches.set(marker!, ids.map(Number));
      }
    });
    // "close", not "exit": it comes after the pipes are drained, so every acknowledged line is counted.
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      result.signal = signal;
      if (signal !== "SIGKILL") reject(new Error(`round ${round}: the writer ended on its own (${signal ?? code})\n${stderr}`));
      else resolve(result);
    });
  });
}

describe("crash safety under SIGKILL", { timeout: 120_000 }, () => {
  let dir: string;
  let file: string;
  const rounds: Round[] = [];

  beforeAll(async () => {
    const prepared = createTestDb("full");
    prepared.db.$client.close();
    dir = prepared.dir;
    file = prepared.file;
    for (let round = 1; round <= ROUNDS; round++) {
      // 20..420 ms after start-up: from a few writes to a few hundred, at a random point of the loop.
      const delayMs = 20 + Math.floor(Math.random() * 400);
      rounds.push(await runRound(file, round, delayMs));
    }
    console.log(
      `crash: ${ROUNDS} SIGKILLs; acknowledged per round: ` +
        rounds.map((r) => `${r.singles.length}+${r.batches.size}x${CRASH_BATCH_SIZE} (${r.delayMs} ms)`).join(", "),
    );
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("killed a running writer every round, after it had acknowledged writes", () => {
    expect(rounds).toHaveLength(ROUNDS);
    for (const r of rounds) expect(r.signal).toBe("SIGKILL");
    expect(rounds.reduce((n, r) => n + r.singles.length + r.batches.size, 0)).toBeGreaterThan(ROUNDS);
  });

  it("leaves a database that passes PRAGMA integrity_check and foreign_key_check", () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("keeps every acknowledged statement, with its audit entry", () => {
    const db = new Database(file, { readonly: true });
    try {
      const statement = db.prepare(
        "select note, recorded_by as actor from statements where statement_id = ? and version = 1 and superseded_at is null",
      );
      const audit = db.prepare("select count(*) as n from audit_log where entity = 'statement' and entity_id = ?");
      const missing: string[] = [];
      for (const r of rounds) {
        for (const id of r.singles) {
          const row = statement.get(id) as { note: string; actor: string } | undefined;
          if (row?.actor !== CRASH_ACTOR || !row.note.startsWith("single ")) missing.push(`round ${r.round}: statement ${id}`);
          else if ((audit.get(String(id)) as { n: number }).n !== 1) missing.push(`round ${r.round}: audit of ${id}`);
        }
        for (const [marker, ids] of r.batches) {
          expect(ids, marker).toHaveLength(CRASH_BATCH_SIZE);
          for (const id of ids) {
            const row = statement.get(id) as { note: string } | undefined;
            if (!row?.note.startsWith(`batch ${marker} row `)) missing.push(`round ${r.round}: ${marker} statement ${id}`);
          }
        }
      }
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("never leaves a transaction half-applied: whole batches, and one audit entry per statement", () => {
    const db = new Database(file, { readonly: true });
    try {
      const partial = db
        .prepare(
          `select substr(note, 7, instr(note, ' row ') - 7) as marker, count(*) as n from statements
           where recorded_by = ? and note like 'batch %' group by marker having n <> ?`,
        )
        .all(CRASH_ACTOR, CRASH_BATCH_SIZE);
      expect(partial).toEqual([]);
      const unaudited = db
        .prepare(
          `select s.statement_id from statements s where s.recorded_by = ?
           and (select count(*) from audit_log a where a.entity = 'statement' and a.entity_id = cast(s.statement_id as text)) <> 1`,
        )
        .all(CRASH_ACTOR);
      expect(unaudited).toEqual([]);
      const orphanAudit = db
        .prepare(
          `select a.entity_id from audit_log a where a.actor = ? and a.entity = 'statement'
           and not exists (select 1 from statements s where cast(s.statement_id as text) = a.entity_id)`,
        )
        .all(CRASH_ACTOR);
      expect(orphanAudit).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("opens normally afterwards through the app's own client (WAL recovered, schema intact)", async () => {
    const { openDatabase } = await import("@/db/client");
    const { listCurrentStatements } = await import("@/db/statements");
    const db = openDatabase(file);
    try {
      const acked = rounds.reduce((n, r) => n + r.singles.length + r.batches.size * CRASH_BATCH_SIZE, 0);
      expect(listCurrentStatements(db).length).toBeGreaterThanOrEqual(21 + acked);
    } finally {
      db.$client.close();
    }
  });
});
