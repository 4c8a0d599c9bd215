/**
 * Writes a synthetic dataset (see synthetic.ts) into its own SQLite file through the tracker's real
 * write paths: each simulated day's new statements are a CSV parsed and validated by
 * lib/statement-import and stored by importStatements; edits and retractions go through
 * editStatement and retractStatement with their version checks. Only the clock is simulated
 * (Date.now), so that transaction times follow the five years of valid time as they would in real
 * use and "as known at" queries meet realistic histories.
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_PATH, openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { importStatements } from "@/db/statements";
import { listCountries } from "@/db/reference";
import { getStatement } from "@/db/statements";
import { editStatement, retractStatement, type StatementInput } from "@/db/statements";
import { seedReference } from "@/db/seed";
import { formatStatementsCsv } from "@/db/statements/csv";
import { addDays } from "@/lib/dates";
import { parseStatementImport } from "@/db/statements";
import type { IsoDate } from "@/lib/types";
import { planDataset, SPAN_END, SPAN_START, type PlannedChange, type PlannedStatement } from "./synthetic";

/** Bump when the generated data changes shape, so cached bench databases are rebuilt. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20250904;
const ACTOR = "bench-generator";

export type DatasetMeta = {
  generator: number;
  n: number;
  seed: number;
  spanStart: IsoDate;
  spanEnd: IsoDate;
  /** Simulated instant in the middle of the recorded history, for "as known at" benchmarks. */
  knownMid: number;
  rows: number;
  statements: number;
  edits: number;
  retractions: number;
  sources: number;
  countriesWithStatements: number;
  seconds: number;
};

export function defaultBenchDbPath(n: number): string {
  return path.resolve("data", "bench", `statements-${n}.db`);
}

function migrate(file: string): void {
  const db = openDatabase(file);
  try {
    migrateDatabase(db, file);
  } finally {
    db.$client.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.json`]) fs.rmSync(f, { force: true });
}

function at(day: IsoDate, hour: number): number {
  return Date.parse(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
}

function importDay(db: Db, day: IsoDate, planned: PlannedStatement[], ids: Map<number, number>): void {
  // No `today`: like the CLI import, which lets a future-dated typo through (the plan has a few).
  const parsed = parseStatementImport(formatStatementsCsv(planned.map((p) => p.row)));
  if (!parsed.ok) throw new Error(`generated CSV for ${day} is invalid:\n${parsed.errors.slice(0, 5).join("\n")}`);
  const outcomes = importStatements(db, parsed.rows, `${ACTOR}:import`);
  outcomes.forEach((o, i) => {
    if (o.outcome !== "new" || o.statementId === null) throw new Error(`generated row for ${day} was not new: ${JSON.stringify(o)}`);
    ids.set(planned[i]!.key, o.statementId);
  });
}

function applyChange(db: Db, statementId: number, change: PlannedChange): void {
  const { current } = getStatement(db, statementId);
  if (change.kind === "retract") {
    retractStatement(db, statementId, current.version, "Synthetic retraction: the report was wrong.", ACTOR);
    return;
  }
  const input: StatementInput = {
    countryIso3: current.countryIso3,
    statedOn: current.statedOn,
    statedOnPrecision: current.statedOnPrecision,
    stance: current.stance,
    contributions: current.contributions,
    conditions: current.conditions,
    quote: current.quote,
    quoteLanguage: current.quoteLanguage,
    speaker: current.speaker,
    confidence: current.confidence,
    note: current.note,
    source: { id: current.source.id },
  };
  if (change.kind === "stance") input.stance = change.stance;
  if (change.kind === "quote") input.quote = `${current.quote ?? ""} (corrected)`;
  if (change.kind === "date") {
    input.statedOn = addDays(current.statedOn, change.shiftDays);
    input.statedOnPrecision = "day";
  }
  editStatement(db, statementId, current.version, input, ACTOR, `Synthetic ${change.kind} correction`);
}

/** Generates the dataset into `file` (which must not exist yet); returns what it wrote. */
export function generateDataset(file: string, n: number, seed = DEFAULT_SEED, log: (s: string) => void = () => {}): DatasetMeta {
  if (path.resolve(file) === path.resolve(DEFAULT_DATABASE_PATH)) {
    throw new Error(`refusing to write benchmark data into the tracker's own database (${file})`);
  }
  if (fs.existsSync(file)) throw new Error(`${file} already exists`);
  const started = performance.now();
  const db = openDatabase(file, { create: true });
  const realNow = Date.now;
  let clock = at(SPAN_START, 0);
  Date.now = () => clock;
  try {
    migrateDatabase(db, file);
    seedReference(db);
    const plan = planDataset(n, listCountries(db).map((c) => c.iso3), seed);
    const ids = new Map<number, number>();
    let si = 0;
    let ci = 0;
    let nextReport = 0.1;
    for (let day = SPAN_START; si < plan.statements.length || ci < plan.changes.length; day = addDays(day, 1)) {
      const todays: PlannedStatement[] = [];
      while (si < plan.statements.length && plan.statements[si]!.recordDay === day) todays.push(plan.statements[si++]!);
      if (todays.length > 0) {
        clock = at(day, 8);
        importDay(db, day, todays, ids);
      }
      clock = Math.max(clock, at(day, 16));
      for (; ci < plan.changes.length && plan.changes[ci]!.day === day; ci++) {
        clock += 1;
        const change = plan.changes[ci]!;
        applyChange(db, ids.get(change.key)!, change);
      }
      if (si / plan.statements.length >= nextReport) {
        log(`  ${Math.round(nextReport * 100)}% of ${n} statements recorded (simulated day ${day})`);
        nextReport += 0.1;
      }
    }
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    const meta: DatasetMeta = {
      generator: GENERATOR_VERSION,
      n,
      seed,
      spanStart: SPAN_START,
      spanEnd: SPAN_END,
      knownMid: at(addDays(SPAN_START, 913), 12),
      rows: count("select count(*) as n from statements"),
      statements: count("select count(distinct statement_id) as n from statements"),
      edits: plan.changes.filter((c) => c.kind !== "retract").length,
      retractions: plan.changes.filter((c) => c.kind === "retract").length,
      sources: count("select count(*) as n from sources"),
      countriesWithStatements: count("select count(distinct country_iso3) as n from statements"),
      seconds: 0,
    };
    db.$client.pragma("optimize");
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    meta.seconds = Math.round((performance.now() - started) / 100) / 10;
    fs.writeFileSync(`${file}.json`, JSON.stringify(meta, null, 2) + "\n");
    return meta;
  } finally {
    Date.now = realNow;
    db.$client.close();
  }
}

/**
 * The benchmark database for `n` statements at the default path, generated on first use and reused
 * while its metadata says it was made by this generator version with the same n and seed.
 */
export function ensureDataset(n: number, seed = DEFAULT_SEED, log: (s: string) => void = () => {}): { file: string; meta: DatasetMeta } {
  const file = defaultBenchDbPath(n);
  try {
    const meta = JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as DatasetMeta;
    if (meta.generator === GENERATOR_VERSION && meta.n === n && meta.seed === seed && fs.existsSync(file)) {
      migrate(file); // a later migration (an index) applies to a kept dataset too
      return { file, meta };
    }
  } catch {
    // no usable metadata: generate below
  }
  removeDatabaseFiles(file);
  log(`Generating ${n} synthetic statements into ${path.relative(process.cwd(), file)} ...`);
  return { file, meta: generateDataset(file, n, seed, log) };
}

export { removeDatabaseFiles };
