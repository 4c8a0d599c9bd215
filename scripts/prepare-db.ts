/**
 * Run before the server starts: creates the database file if needed, applies migrations, and seeds
 * it (first start: everything; a database seeded before: what the seed adds since, see db/seed). A corrupt, unreadable or newer-schema file stops the start (exit 1) instead of
 * being silently started over. It also makes sure the sign-in secret exists (db/accounts/auth-env.ts) and,
 * when ADMIN_EMAIL and ADMIN_PASSWORD are set and there is no admin yet, creates the first admin.
 */
import { seedDatabase } from "@/db/seed";
import { InvalidInputError } from "@/db/errors";
import { authSettingsFor, createAuth } from "@/db/accounts/auth";
import { ensureInitialAdmin } from "@/db/accounts";
import { withDatabase } from "./support/with-database";

void withDatabase(async (db, file) => {
  const seeded = seedDatabase(db);
  console.log(
    seeded && seeded.statements + seeded.events + seeded.updated + seeded.merged > 0
      ? `Database ${file}: migrated; seed: ${seeded.statements} statements and ${seeded.events} events added, ${seeded.updated} updated, ${seeded.merged} merged.`
      : `Database ${file}: migrated; existing data kept.`,
  );
  try {
    const created = await ensureInitialAdmin(createAuth(db, authSettingsFor(file)), db);
    if (created) console.log(created);
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
    console.error(`Cannot create the first admin: ${err.message}`);
    process.exitCode = 1;
  }
});
