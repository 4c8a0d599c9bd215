/**
 * Creating accounts: the first admin (command line or ADMIN_EMAIL/ADMIN_PASSWORD at first start)
 * and, with an admin's session, everyone else. Passwords are hashed by better-auth; every account
 * created is written to the audit log.
 */
import "server-only";
import { APIError } from "better-auth/api";
import type { Db } from "../client";
import { InvalidInputError } from "../errors";
import { recordAudit } from "../audit/record";
import { accountExists, countActiveAdmins } from "./read";
import type { Auth } from "@/lib/auth";
import type { Env } from "@/lib/auth-env";
import { newAccountSchema, type NewAccount } from "@/lib/validation/account";

/**
 * Creates an account. With `headers` (an admin's request) better-auth checks the admin's
 * permission; without, it is a trusted server-side call (the command line).
 * @throws InvalidInputError (with `email` field errors) when the email is taken or refused.
 */
export async function createAccount(auth: Auth, db: Db, account: NewAccount, actor: string, headers?: Headers) {
  if (accountExists(db, account.email)) {
    throw new InvalidInputError(`An account for ${account.email} already exists`, { email: ["an account with this email already exists"] });
  }
  let user: { id: string; email: string; name: string };
  try {
    ({ user } = await auth.api.createUser({
      body: { email: account.email, password: account.password, name: account.name, role: account.role },
      ...(headers ? { headers } : {}),
    }));
  } catch (err) {
    if (err instanceof APIError) throw new InvalidInputError(err.message, { email: [err.message] });
    throw err;
  }
  const after = { id: user.id, email: user.email, name: user.name, role: account.role };
  recordAudit(db, { actor, action: "create", entity: "user", entityId: user.id, after });
  return after;
}

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when both are set and no admin exists
 * yet; otherwise does nothing. Returns a line for the start-up log, or null.
 */
export async function ensureInitialAdmin(auth: Auth, db: Db, env: Env = process.env): Promise<string | null> {
  if (!env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) return null;
  if (countActiveAdmins(db) > 0) return null;
  const parsed = newAccountSchema.safeParse({ email: env.ADMIN_EMAIL ?? "", password: env.ADMIN_PASSWORD ?? "", role: "admin" });
  if (!parsed.success) {
    throw new InvalidInputError(`ADMIN_EMAIL/ADMIN_PASSWORD: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const created = await createAccount(auth, db, parsed.data, "system:ADMIN_EMAIL");
  return `Created the first admin account, ${created.email}.`;
}
