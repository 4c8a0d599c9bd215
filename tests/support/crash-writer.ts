/**
 * The victim of the crash test (tests/reliability/crash.test.ts): writes statements to DB as fast
 * as it can through the real write path until it is killed, and prints one line per write the
 * moment it is acknowledged (committed), synchronously, so the parent knows exactly what it may
 * expect to find after a SIGKILL:
 *
 *   ready
 *   ack ID                 createStatement committed statement ID (one statement + audit entry)
 *   batch MARKER ID...     importStatements committed CRASH_BATCH_SIZE statements in one transaction
 *
 *   tsx --conditions=react-server tests/support/crash-writer.ts DB ROUND [WAL_AUTOCHECKPOINT]
 *
 * A small WAL_AUTOCHECKPOINT (pages) makes checkpoints frequent, so some kills land inside one.
 */
import fs from "node:fs";
import { openDatabase } from "@/db/client";
import { createStatement, type StatementInput } from "@/db/statements";
import { importStatements } from "@/db/statements";
import { CRASH_ACTOR, CRASH_BATCH_SIZE } from "./crash-protocol";
const COUNTRIES = ["FRA", "DEU", "GBR", "POL", "EST", "LVA", "LTU", "FIN", "SWE", "NOR", "DNK", "NLD"];

const [file, round, checkpoint] = process.argv.slice(2);
if (!file || !round) {
  console.error("usage: crash-writer.ts DB ROUND [WAL_AUTOCHECKPOINT]");
  process.exit(2);
}

const db = openDatabase(file);
if (checkpoint) db.$client.pragma(`wal_autocheckpoint = ${Number(checkpoint)}`);

/** Writes a line before returning; a full pipe (EAGAIN: the reader is busy) is waited out, not fatal. */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += fs.writeSync(1, bytes, off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function input(n: number, label: string): StatementInput & { source: { title: string; publisher: null; url: null; publishedOn: null } } {
  return {
    countryIso3: COUNTRIES[n % COUNTRIES.length]!,
    statedOn: "2025-06-01",
    statedOnPrecision: "day",
    stance: "undecided",
    contributions: [],
    conditions: null,
    // Unique per row, so the import never skips one as a duplicate.
    quote: `crash round ${round} ${label}`,
    quoteLanguage: "en",
    speaker: null,
    confidence: "low",
    note: label,
    source: { title: "Crash test", publisher: null, url: null, publishedOn: null },
  };
}

say("ready");
for (let n = 1; ; n++) {
  if (n % 3 === 0) {
    const marker = `r${round}b${n}`;
    const rows = Array.from({ length: CRASH_BATCH_SIZE }, (_, k) => ({ line: k + 2, input: input(n + k, `batch ${marker} row ${k}`) }));
    const outcomes = importStatements(db, rows, CRASH_ACTOR);
    say(`batch ${marker} ${outcomes.map((o) => o.statementId).join(" ")}`);
  } else {
    const created = createStatement(db, input(n, `single ${n}`), CRASH_ACTOR);
    say(`ack ${created.current.id}`);
  }
}
