/** Applies pending migrations (and the reference data) to DATABASE_PATH without loading seed statements. */
import { withDatabase } from "./support/with-database";

void withDatabase((_db, file) => {
  console.log(`Database ${file} is up to date.`);
});
