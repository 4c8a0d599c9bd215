/**
 * npm run admin:create -- --email E --password P [--name N] [--role admin|editor]
 * Creates an account (an admin unless --role editor) in DATABASE_PATH. There is no default
 * account and no default password: this, or ADMIN_EMAIL/ADMIN_PASSWORD at first start, is how the
 * first admin comes to exist. Exits 1 with a message if the input is refused or the email is taken.
 */
import { parseArgs } from "node:util";
import { InvalidInputError } from "@/db/errors";
import { authSettingsFor, createAuth } from "@/db/accounts/auth";
import { createAccount } from "@/db/accounts";
import { newAccountSchema } from "@/lib/validation/account";
import { withDatabase } from "./support/with-database";

const USAGE = "Usage: npm run admin:create -- --email E --password P [--name N] [--role admin|editor]";

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
    strict: true,
  }));
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!values.email || !values.password) {
  console.error(USAGE);
  process.exit(2);
}
const parsed = newAccountSchema.safeParse({
  email: values.email,
  password: values.password,
  name: values.name ?? "",
  role: values.role ?? "admin",
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(issue.message);
  process.exit(1);
}

void withDatabase(async (db, file) => {
  const auth = createAuth(db, authSettingsFor(file));
  try {
    const created = await createAccount(auth, db, parsed.data, "cli:admin-create");
    console.log(`Created ${created.role} account ${created.email} in ${file}.`);
  } catch (err) {
    if (err instanceof InvalidInputError) {
      console.error(err.message);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
});
