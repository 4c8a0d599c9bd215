/**
 * npm run db:backup -- FILE [--force]
 * Writes a consistent copy of DATABASE_PATH to FILE with SQLite's online backup API; safe while the
 * server runs and writes. Refuses to replace an existing FILE unless --force. Exit 1 on failure.
 */
import { parseArgs } from "node:util";
import { databasePath } from "@/db/client";
import { backupDatabase } from "@/db/backup";
import { DatabaseUnavailableError } from "@/db/errors";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run db:backup -- FILE [--force]");
  process.exit(2);
}

const started = Date.now();
backupDatabase(databasePath(), file, { overwrite: values.force }).then(
  (b) => {
    const last = b.lastChangeAt === null ? "no changes yet" : `last change ${new Date(b.lastChangeAt).toISOString()}`;
    console.log(
      `Backed up ${databasePath()} to ${b.file}: ${b.statements} statements (${b.versions} versions), ${b.bytes} bytes, ${last}, in ${Date.now() - started} ms.`,
    );
  },
  (err: unknown) => {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    console.error(`Backup failed: ${err.message}`);
    process.exitCode = 1;
  },
);
