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
import { accountExists, countActiveAdmins, displayNameTaken, getAccount, setDisplayName, type AccountDto } from "./read";
import type { Auth } from "./auth";
import type { Env } from "./auth-env";
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
  const after = { id: user.id, email: user.email, name: user.name, displayName: getAccount(db, user.id)?.displayName ?? null, role: account.role };
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

/** One change to an existing account, as /admin/users makes it. */
export type AccountChange =
  | { intent: "role"; role: "editor" | "admin" }
  | { intent: "password"; newPassword: string }
  | { intent: "disable"; reason: string }
  | { intent: "enable" }
  | { intent: "display-name"; displayName: string };

const LAST_ADMIN = "at least one active admin must remain";

/**
 * Changes an account and writes the audit entry: the only way the app changes accounts (better-auth's
 * own HTTP endpoints for this are not exposed, see app/_lib/auth-route.ts). better-auth checks the admin's
 * permission again from `headers`. An admin cannot demote or disable themselves, and the last
 * active admin can never be demoted or disabled (checked here, and by a database trigger on the
 * users table for any other writer).
 * @throws InvalidInputError with a message for the admin when the change is refused.
 */
export async function changeAccount(
  auth: Auth,
  db: Db,
  admin: { id: string; email: string },
  userId: string,
  change: AccountChange,
  headers: Headers,
): Promise<{ before: AccountDto; after: AccountDto }> {
  const before = getAccount(db, userId);
  if (!before) throw new InvalidInputError("No such account");
  const removesAdmin = before.role === "admin" && !before.disabled && (change.intent === "disable" || (change.intent === "role" && change.role !== "admin"));
  if (removesAdmin && before.id === admin.id) throw new InvalidInputError("You cannot demote or disable your own account; ask another admin");
  if (removesAdmin && countActiveAdmins(db) <= 1) throw new InvalidInputError(LAST_ADMIN);
  if (change.intent === "display-name") {
    if (displayNameTaken(db, change.displayName, userId)) {
      throw new InvalidInputError(`Another account is already shown as ${change.displayName}`, { displayName: ["another account already has this public name"] });
    }
    const after = setDisplayName(db, userId, change.displayName, admin.email);
    if (!after) throw new InvalidInputError("No such account");
    return { before, after };
  }
  try {
    if (change.intent === "role") await auth.api.setRole({ body: { userId, role: change.role }, headers });
    else if (change.intent === "password") await auth.api.setUserPassword({ body: { userId, newPassword: change.newPassword }, headers });
    else if (change.intent === "disable") await auth.api.banUser({ body: { userId, banReason: change.reason || "disabled by an admin" }, headers });
    else await auth.api.unbanUser({ body: { userId }, headers });
  } catch (err) {
    if (err instanceof Error && /last active admin/.test(`${err.message} ${String(err.cause ?? "")}`)) throw new InvalidInputError(LAST_ADMIN);
    if (err instanceof APIError) throw new InvalidInputError(err.message);
    throw err;
  }
  const after = getAccount(db, userId) ?? before;
  // The password itself is never logged, only that it was set.
  recordAudit(db, {
    actor: admin.email,
    action: change.intent === "password" ? "set-password" : change.intent,
    entity: "user",
    entityId: userId,
    before,
    after: change.intent === "password" ? { ...after, password: "(changed)" } : after,
  });
  return { before, after };
}
