/** Account reads for the admin pages and the account verbs, and the display-name write (with its audit entry). */
import "server-only";
import { and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { sessions, users } from "../schema";
import { recordAudit } from "../audit/record";

/** An account as the admin pages list it; passwords and sessions stay with better-auth. */
export type AccountDto = {
  id: string;
  email: string;
  name: string;
  /** What public pages show for this account's work ("Editor N" by default). */
  displayName: string;
  role: "editor" | "admin";
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
};

function selectAccounts(db: Db, where?: SQL): AccountDto[] {
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      displayName: users.displayName,
      role: users.role,
      banned: users.banned,
      createdAt: users.createdAt,
      // The outer table named literally: drizzle leaves a single-table select's columns unqualified.
      lastSignInAt: sql<number | null>`(select max(s.created_at) from ${sessions} s where s.user_id = users.id)`,
    })
    .from(users)
    .where(where)
    .orderBy(sql`${users.role} = 'admin' desc`, asc(users.email))
    .all();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    displayName: r.displayName ?? "",
    role: r.role,
    disabled: r.banned === true,
    createdAt: r.createdAt.toISOString(),
    lastSignInAt: r.lastSignInAt === null ? null : new Date(r.lastSignInAt).toISOString(),
  }));
}

/** Every account, admins first, then by email. */
export function listAccounts(db: Db): AccountDto[] {
  return selectAccounts(db);
}

/** One account by id, or null. */
export function getAccount(db: Db, id: string): AccountDto | null {
  return selectAccounts(db, eq(users.id, id))[0] ?? null;
}

/** How many admins can still sign in (used to refuse removing the last one). */
export function countActiveAdmins(db: Db): number {
  const row = db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), sql`coalesce(${users.banned}, 0) = 0`)).get();
  return row?.n ?? 0;
}

/** Whether an account with this (lower-cased) email exists. */
export function accountExists(db: Db, email: string): boolean {
  return db.select({ one: sql`1` }).from(users).where(eq(users.email, email.toLowerCase())).get() !== undefined;
}

/** Whether another account than `exceptId` already shows `displayName` publicly. */
export function displayNameTaken(db: Db, displayName: string, exceptId: string): boolean {
  return (
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(sql`lower(${users.displayName}) = lower(${displayName})`, ne(users.id, exceptId)))
      .get() !== undefined
  );
}

/** Sets an account's public display name and writes the audit entry, in one transaction. */
export function setDisplayName(db: Db, id: string, displayName: string, actor: string): AccountDto | null {
  return db.$client.transaction(() => {
    const before = getAccount(db, id);
    if (!before) return null;
    db.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, id)).run();
    const after = getAccount(db, id);
    recordAudit(db, { actor, action: "display-name", entity: "user", entityId: id, before, after });
    return after;
  })();
}
