/**
 * npm run db:restore -- FILE [--force]
 * Replaces DATABASE_PATH's contents with the backup FILE. Refuses (exit 1) when the current database
 * holds changes the backup lacks, or cannot be read to tell, unless --force. Either way the current
 * file is first kept as DATABASE_PATH.before-restore-TIMESTAMP. Works while the server runs: it
 * sees the restored data at its next query. Afterwards the schema is brought up to date.
 */
import { parseArgs } from "node:util";
import { databasePath, openDatabase } from "@/db/client";
import { restoreDatabase } from "@/db/backup";
import { DatabaseUnavailableError } from "@/db/errors";
import { migrateDatabase } from "@/db/migrate";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}

async function main(): Promise<void> {
  const target = databasePath();
  const r = await restoreDatabase(file!, target, { force: values.force });
  // A backup from an older version gets this version's migrations, as `npm start` would apply them.
  const db = openDatabase(target);
  try {
    migrateDatabase(db, target);
  } finally {
    db.$client.close();
  }
  const last = r.lastChangeAt === null ? "no changes" : `last change ${new Date(r.lastChangeAt).toISOString()}`;
  console.log(`Restored ${file} into ${target}: ${r.statements} statements (${r.versions} versions), ${last}.`);
  if (r.keptAt) console.log(`The database it replaced is kept at ${r.keptAt}`);
}

main().catch((err: unknown) => {
  if (!(err instanceof DatabaseUnavailableError)) throw err;
  console.error(`Restore refused: ${err.message}`);
  process.exitCode = 1;
});
