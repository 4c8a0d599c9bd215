/** npm run db:export -- FILE.csv  (or "-" for standard output): every current statement as CSV. */
import fs from "node:fs";
import { listCurrentStatements } from "@/db/statements";
import { statementsToCsv } from "@/db/statements";
import { withDatabase } from "./support/with-database";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run db:export -- FILE.csv   (use - for standard output)");
  process.exit(2);
}
void withDatabase((db) => {
  const statements = listCurrentStatements(db);
  const csv = statementsToCsv(statements);
  if (file === "-") process.stdout.write(csv);
  else {
    fs.writeFileSync(file, csv);
    console.log(`Wrote ${statements.length} statements to ${file}.`);
  }
}, { create: false });
