/**
 * Run before the server starts: creates the database file if needed, applies migrations, and seeds
 * it on first start. A corrupt, unreadable or newer-schema file stops the start (exit 1) instead of
 * being silently started over.
 */
import { seedIfEmpty } from "@/db/seed";
import { withDatabase } from "./support/with-database";

void withDatabase((db, file) => {
  const seeded = seedIfEmpty(db);
  console.log(
    seeded
      ? `Database ${file}: migrated and seeded with ${seeded.statements} statements and ${seeded.events} events.`
      : `Database ${file}: migrated; existing data kept.`,
  );
});
