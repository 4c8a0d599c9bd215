import "server-only";
import type { Db } from "../client";

/** An account as the admin pages list it; passwords and sessions stay with better-auth. */
export type AccountDto = {
  id: string;
  email: string;
  name: string;
  role: "editor" | "admin";
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
};

type AccountRow = Omit<AccountDto, "disabled" | "createdAt" | "lastSignInAt"> & {
  banned: number | null;
  createdAt: number;
  lastSignInAt: number | null;
};

/** Every account, admins first, then by email. */
export function listAccounts(db: Db): AccountDto[] {
  const rows = db.$client
    .prepare(
      `select u.id, u.email, u.name, u.role, u.banned, u.created_at as createdAt,
         (select max(s.created_at) from sessions s where s.user_id = u.id) as lastSignInAt
       from users u order by u.role = 'admin' desc, u.email`,
    )
    .all() as AccountRow[];
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: r.banned === 1,
    createdAt: new Date(r.createdAt).toISOString(),
    lastSignInAt: r.lastSignInAt === null ? null : new Date(r.lastSignInAt).toISOString(),
  }));
}

/** One account by id, or null. */
export function getAccount(db: Db, id: string): AccountDto | null {
  return listAccounts(db).find((a) => a.id === id) ?? null;
}

/** How many admins can still sign in (used to refuse removing the last one). */
export function countActiveAdmins(db: Db): number {
  const row = db.$client
    .prepare("select count(*) as n from users where role = 'admin' and coalesce(banned, 0) = 0")
    .get() as { n: number };
  return row.n;
}

/** Whether an account with this (lower-cased) email exists. */
export function accountExists(db: Db, email: string): boolean {
  return db.$client.prepare("select 1 from users where email = ?").get(email.toLowerCase()) !== undefined;
}
