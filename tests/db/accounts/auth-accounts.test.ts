/**
 * Account changes go only through the app's audited code: better-auth's HTTP endpoints other than
 * the allow-list answer 404 (even to an admin), every change the app makes writes an audit entry,
 * at least one active admin remains whoever writes the users table, and public reads never carry
 * an editor's email or a server path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth";
import { changeAccount, createAccount, getAccount, type AccountChange } from "@/db/accounts";
import { ALLOWED_AUTH_ENDPOINTS } from "@/lib/auth-route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { InvalidInputError } from "@/db/errors";
import { listAuditEntries } from "@/db/audit";
import { createStatement, getStatement, importStatements, parseStatementImport, type StatementInput } from "@/db/statements";
import { createTestDb, type TestDb } from "../../support/test-db";

const PASSWORD = "correct horse battery";
const ADMIN = "admin@example.org";
const OTHER_ADMIN = "second.admin@example.org";
const EDITOR = "red@example.org";
let t: TestDb;
let auth: Auth;
let adminCookie: string;
let route: typeof import("@/app/api/auth/[...all]/route");

async function signIn(email: string, address: string): Promise<string> {
  const res = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: address },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");
}

function idOf(email: string): string {
  return (t.db.$client.prepare("select id from users where email = ?").get(email) as { id: string }).id;
}

function snapshot(): string {
  return JSON.stringify(["users", "accounts", "audit_log"].map((table) => t.db.$client.prepare(`select * from ${table} order by rowid`).all()));
}

beforeAll(async () => {
  t = createTestDb("reference");
  process.env.DATABASE_PATH = t.file;
  process.env.BETTER_AUTH_SECRET = "y".repeat(40);
  process.env.BETTER_AUTH_URL = "http://localhost:3000";
  auth = createAuth(t.db, { secret: "y".repeat(40), baseURL: "http://localhost:3000", signInLimit: { enabled: false, max: 5, windowSeconds: 60 } });
  await createAccount(auth, t.db, { email: ADMIN, password: PASSWORD, name: "Admin", role: "admin" }, "test");
  await createAccount(auth, t.db, { email: OTHER_ADMIN, password: PASSWORD, name: "Second", role: "admin" }, "test");
  await createAccount(auth, t.db, { email: EDITOR, password: PASSWORD, name: "red", role: "editor" }, "test");
  adminCookie = await signIn(ADMIN, "203.0.113.1");
  route = await import("@/app/api/auth/[...all]/route");
});
afterAll(() => t.close());

describe("better-auth's HTTP endpoints", () => {
  it("answer 404 to an admin for every endpoint not on the allow-list, and change nothing", async () => {
    const endpoints = Object.values(auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>)
      .map((e) => e.path)
      .filter((p): p is string => typeof p === "string" && p.startsWith("/"));
    // The admin plugin's endpoints are among them (this is what was reachable before).
    for (const p of ["/admin/create-user", "/admin/set-role", "/admin/set-user-password", "/update-user", "/change-email", "/admin/ban-user"]) {
      expect(endpoints).toContain(p);
    }
    const before = snapshot();
    const body = JSON.stringify({ userId: idOf(OTHER_ADMIN), role: "editor", newPassword: "another long password", email: "x@example.org", password: PASSWORD, name: "red (admin)", image: "http://evil.example/x.png" });
    const variants = (p: string) => [p, `${p}/`, `/${p}`, p.toUpperCase(), p.replace(/\//g, "%2F")];
    let checked = 0;
    for (const endpoint of new Set(endpoints)) {
      for (const method of ["GET", "POST"] as const) {
        for (const variant of variants(endpoint)) {
          if (variant === endpoint && ALLOWED_AUTH_ENDPOINTS[endpoint]?.includes(method)) continue;
          const request = new Request(`http://localhost:3000/api/auth${variant}`, {
            method,
            headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie: adminCookie },
            ...(method === "POST" ? { body } : {}),
          });
          const res = await (method === "GET" ? route.GET(request) : route.POST(request));
          expect(res.status, `${method} ${variant}`).toBe(404);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(snapshot()).toBe(before);
  });

  it("still serve sign-in, the session and sign-out", async () => {
    const signInRes = await route.POST(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "203.0.113.2" },
        body: JSON.stringify({ email: EDITOR, password: PASSWORD }),
      }),
    );
    expect(signInRes.status).toBe(200);
    const cookie = signInRes.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");
    const session = await route.GET(new Request("http://localhost:3000/api/auth/get-session", { headers: { cookie } }));
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(EDITOR);
    // The session records the address the app resolved, not one the client claimed elsewhere.
    expect(t.db.$client.prepare("select ip_address from sessions where user_id = ? order by created_at desc").get(idOf(EDITOR))).toEqual({
      ip_address: "203.0.113.2",
    });
    const out = await route.POST(new Request("http://localhost:3000/api/auth/sign-out", { method: "POST", headers: { cookie, origin: "http://localhost:3000" } }));
    expect(out.status).toBe(200);
  });
});

describe("account changes", () => {
  it("each writes an audit entry naming the admin, with before and after (never the password)", async () => {
    const headers = new Headers({ cookie: adminCookie });
    const changes: AccountChange[] = [
      { intent: "display-name", displayName: "Correspondent R" },
      { intent: "role", role: "admin" },
      { intent: "role", role: "editor" },
      { intent: "password", newPassword: "a brand new password" },
      { intent: "disable", reason: "left" },
      { intent: "enable" },
    ];
    for (const change of changes) {
      const count = listAuditEntries(t.db, { entity: "user" }).entries.length;
      await changeAccount(auth, t.db, { id: idOf(ADMIN), email: ADMIN }, idOf(EDITOR), change, headers);
      const { entries } = listAuditEntries(t.db, { entity: "user" });
      expect(entries.length, change.intent).toBe(count + 1);
      expect(entries[0]).toMatchObject({ actor: ADMIN, entityId: idOf(EDITOR), action: change.intent === "password" ? "set-password" : change.intent });
      expect(entries[0]!.before).toBeTruthy();
      expect(JSON.stringify(entries[0])).not.toContain("a brand new password");
    }
    expect(getAccount(t.db, idOf(EDITOR))).toMatchObject({ displayName: "Correspondent R", role: "editor", disabled: false });
  });

  it("refuses public names that are taken, or look like an email or a path", async () => {
    const headers = new Headers({ cookie: adminCookie });
    await expect(
      changeAccount(auth, t.db, { id: idOf(ADMIN), email: ADMIN }, idOf(OTHER_ADMIN), { intent: "display-name", displayName: "correspondent r" }, headers),
    ).rejects.toThrow(InvalidInputError);
  });

  it("keeps at least one active admin, in the app and wherever else the users table is written", async () => {
    const headers = new Headers({ cookie: adminCookie });
    const admin = { id: idOf(ADMIN), email: ADMIN };
    await expect(changeAccount(auth, t.db, admin, idOf(ADMIN), { intent: "role", role: "editor" }, headers)).rejects.toThrow(/your own account/);
    // Demoting the other admin is fine while one remains...
    await changeAccount(auth, t.db, admin, idOf(OTHER_ADMIN), { intent: "role", role: "editor" }, headers);
    // ...but no writer may then remove the last one: not better-auth called directly, not raw SQL.
    await expect(auth.api.setRole({ body: { userId: idOf(ADMIN), role: "editor" }, headers })).rejects.toThrow();
    await expect(auth.api.banUser({ body: { userId: idOf(ADMIN) }, headers })).rejects.toThrow();
    expect(() => t.db.$client.prepare("update users set role = 'editor' where email = ?").run(ADMIN)).toThrow(/active admin/);
    expect(() => t.db.$client.prepare("update users set banned = 1 where email = ?").run(ADMIN)).toThrow(/active admin/);
    expect(() => t.db.$client.prepare("delete from users where email = ?").run(ADMIN)).toThrow(/active admin/);
    expect(t.db.$client.prepare("select count(*) as n from users where role = 'admin' and coalesce(banned, 0) = 0").get()).toEqual({ n: 1 });
    await changeAccount(auth, t.db, admin, idOf(OTHER_ADMIN), { intent: "role", role: "admin" }, headers);
  });
});

describe("who recorded a statement, as public reads show it", () => {
  const input: StatementInput = {
    countryIso3: "FRA", statedOn: "2025-09-04", statedOnPrecision: "day", stance: "troops", contributions: ["ground"], conditions: null,
    quote: "q", quoteLanguage: "de", speaker: null, confidence: "high", note: null,
    source: { title: "Test article", publisher: "Test Press", url: "https://example.org/a", publishedOn: "2025-09-04" },
  };

  it("is the account's public name (Editor N by default), never its email; an unknown email is not shown either", () => {
    const accounts = [ADMIN, OTHER_ADMIN].map((e) => getAccount(t.db, idOf(e))!);
    expect(accounts.map((a) => a.displayName)).toEqual(["Editor 1", "Editor 2"]);
    for (const [actor, shown] of [
      [ADMIN, "Editor 1"],
      [EDITOR, "Correspondent R"],
      ["gone@example.org", "an editor"],
    ] as const) {
      const s = createStatement(t.db, input, actor);
      const read = getStatement(t.db, s.current.id);
      expect(read.current.recordedBy).toBe(shown);
      expect(JSON.stringify(read)).not.toContain("@example.org");
    }
  });

  it("is import (file.csv) for a command-line import, never the server path", () => {
    const csv = "country,stated_on,stance,source_title,quote\nDEU,2025-09-05,undecided,Import source,quoted\n";
    const parsed = parseStatementImport(Buffer.from(csv));
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    importStatements(t.db, parsed.rows, "cli-import:/srv/private/uploads/after.csv");
    const id = (t.db.$client.prepare("select statement_id as id from statements where recorded_by like 'cli-import:%'").get() as { id: number }).id;
    const read = getStatement(t.db, id);
    expect(read.current.recordedBy).toBe("import (after.csv)");
    expect(JSON.stringify(read)).not.toContain("/srv/private");
  });
});
