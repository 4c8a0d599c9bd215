/**
 * npm run admin:create -- --email E [--name N] [--role admin|editor]
 * The password comes from ADMIN_PASSWORD, a hidden prompt, or piped stdin (scripts/support/read-password.ts).
 * Creates an account (an admin unless --role editor) in DATABASE_PATH. There is no default
 * account and no default password: this, or ADMIN_EMAIL/ADMIN_PASSWORD at first start, is how the
 * first admin comes to exist. Exits 1 with a message if the input is refused or the email is taken.
 */
import { parseArgs } from "node:util";
import { InvalidInputError } from "@/db/errors";
import { authSettingsFor, createAuth } from "@/db/accounts/auth";
import { createAccount } from "@/db/accounts";
import { newAccountSchema } from "@/lib/validation/account";
import { PasswordInputError, readPassword } from "./support/read-password";
import { withDatabase } from "./support/with-database";

const USAGE =
  "Usage: [ADMIN_PASSWORD=P] npm run admin:create -- --email E [--name N] [--role admin|editor]\n" +
  "Without ADMIN_PASSWORD you are asked for the password (not shown), or it is read from stdin.";

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
if (!values.email) {
  console.error(USAGE);
  process.exit(2);
}

async function main(email: string): Promise<void> {
  let password: string;
  try {
    password = await readPassword(values.password);
  } catch (err) {
    if (!(err instanceof PasswordInputError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const parsed = newAccountSchema.safeParse({
    email,
    password,
    name: values.name ?? "",
    role: values.role ?? "admin",
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(issue.message);
    process.exit(1);
  }

  await withDatabase(async (db, file) => {
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
}

void main(values.email);
