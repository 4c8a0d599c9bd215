/** Migrates DATABASE_PATH and loads the seed dataset if it holds no statements yet. */
import { seedIfEmpty } from "@/db/seed";
import { withDatabase } from "./support/with-database";

void withDatabase((db) => {
  const seeded = seedIfEmpty(db);
  console.log(seeded ? `Seeded ${seeded.statements} statements and ${seeded.events} events.` : "Statements exist already; nothing seeded.");
});
