/** Migrates DATABASE_PATH and loads the seed: all of it into an empty database, what is missing into one seeded before. */
import { seedDatabase } from "@/db/seed";
import { withDatabase } from "./support/with-database";

void withDatabase((db) => {
  const seeded = seedDatabase(db);
  console.log(
    seeded
      ? `Seed: ${seeded.statements} statements added, ${seeded.updated} updated, ${seeded.merged} merged into another claim, ${seeded.events} events added.`
      : "Statements exist already and none from the seed; nothing seeded.",
  );
});
