/**
 * npm run db:reconcile-seed: writes db/seed/reconciled.csv from the seed articles' statements
 * (db/seed/statements.csv), the cited dataset (db/seed/dataset-2025-2026.csv, with its claim coding
 * db/seed/dataset-claims.csv) and the sources an editor found (db/seed/corroborations.csv) by the
 * rules in db/seed/reconcile.ts, and checks that the result imports. Run it after editing an input and
 * commit the result (tests/db/seed/reconcile.test.ts fails while the committed file is stale).
 */
import fs from "node:fs";
import path from "node:path";
import { parseStatementImport } from "@/db/statements/import-check";
import { reconcileSeedFiles, SEED_FILES } from "@/db/seed/reconcile";

const dir = path.join(process.cwd(), "db", "seed");
const read = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");
const csv = reconcileSeedFiles(read(SEED_FILES.dataset), read(SEED_FILES.articles), read(SEED_FILES.datasetClaims), read(SEED_FILES.corroborations));
const parsed = parseStatementImport(Buffer.from(csv));
if (!parsed.ok) {
  console.error(`The reconciled seed does not import:\n${parsed.errors.join("\n")}`);
  process.exit(1);
}
fs.writeFileSync(path.join(dir, SEED_FILES.reconciled), csv);
console.log(`Wrote ${parsed.rows.length} statements to db/seed/${SEED_FILES.reconciled}.`);
