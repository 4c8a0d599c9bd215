/**
 * npm run bench:data -- N [--db FILE] [--seed S] [--replace]
 * Writes N synthetic statements (250 countries, five years, edits and retractions) into a database
 * of their own, data/bench/statements-N.db unless --db names another file. An existing --db file is
 * only replaced with --replace; the tracker's own database is never written.
 */
import path from "node:path";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { defaultBenchDbPath, DEFAULT_SEED, generateDataset, removeDatabaseFiles } from "./dataset";

const usage = "Usage: npm run bench:data -- N [--db FILE] [--seed S] [--replace]";
const { values, positionals } = parseArgs({
  options: { db: { type: "string" }, seed: { type: "string" }, replace: { type: "boolean", default: false } },
  allowPositionals: true,
});
const n = Number(positionals[0]);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (positionals.length !== 1 || !Number.isInteger(n) || n < 1 || n > 1_000_000 || !Number.isInteger(seed)) {
  console.error(usage);
  process.exit(2);
}
const file = path.resolve(values.db ?? defaultBenchDbPath(n));
if (fs.existsSync(file)) {
  if (values.db !== undefined && !values.replace) {
    console.error(`${file} exists; pass --replace to overwrite it.`);
    process.exit(2);
  }
  removeDatabaseFiles(file);
}
try {
  const meta = generateDataset(file, n, seed, (s) => console.error(s));
  console.log(
    `Wrote ${meta.statements} statements (${meta.rows} versions: ${meta.edits} edits, ${meta.retractions} retractions) ` +
      `by ${meta.countriesWithStatements} countries citing ${meta.sources} sources, ${meta.spanStart}..${meta.spanEnd}, ` +
      `into ${file} in ${meta.seconds} s.`,
  );
} catch (err) {
  console.error(`bench:data failed: ${(err as Error).message}`);
  process.exit(1);
}
