/**
 * npm run db:import -- FILE.csv [--dry-run]
 * Imports statements into DATABASE_PATH all or nothing: any bad row rejects the whole file (every
 * bad row is listed with its line), exits 1 and leaves the database unchanged.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { importStatements } from "@/db/statements";
import { importSizeProblem, parseStatementImport } from "@/db/statements";
import { withDatabase } from "./support/with-database";

const { values, positionals } = parseArgs({
  options: { "dry-run": { type: "boolean", default: false }, actor: { type: "string", default: "cli-import" } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run db:import -- FILE.csv [--dry-run]");
  process.exit(2);
}
let bytes: Buffer;
try {
  // Checked before reading, so an enormous file is refused without being loaded into memory.
  const tooBig = importSizeProblem(fs.statSync(file).size);
  if (tooBig) {
    console.error(`${file} was not imported (nothing was written): ${tooBig}`);
    process.exit(1);
  }
  bytes = fs.readFileSync(file);
} catch (err) {
  console.error(`Cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}

const parsed = parseStatementImport(bytes);
if (!parsed.ok) {
  console.error(`${file} was not imported (nothing was written):`);
  for (const e of parsed.errors) console.error(`  ${e}`);
  process.exit(1);
}
const rows = parsed.rows;
void withDatabase((db) => {
  const dryRun = values["dry-run"] ?? false;
  const outcomes = importStatements(db, rows, `${values.actor}:${file}`, { dryRun });
  const created = outcomes.filter((o) => o.outcome === "new").length;
  const duplicates = outcomes.length - created;
  console.log(
    `${dryRun ? "Dry run: would import" : "Imported"} ${created} new statement(s); ${duplicates} duplicate(s) of existing statements skipped.`,
  );
});
