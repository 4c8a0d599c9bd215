import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth";
import { handleAuthRequest } from "@/lib/auth-route";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from "@/lib/http/client-address";
import { createAccount, ensureInitialAdmin } from "@/db/accounts";
import { resolveAuthSecret, resolveAuthUrl, resolveSignInLimit } from "@/lib/auth-env";
import { InvalidInputError } from "@/db/errors";
import { listAuditEntries } from "@/db/audit";
import type { Db } from "@/db/client";
import fs from "node:fs";
import path from "node:path";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let db: Db;
let auth: Auth;
const PASSWORD = "correct horse battery";

function settings(baseURL = "http://localhost:3000") {
  return { secret: "x".repeat(40), baseURL, signInLimit: { enabled: true, max: 3, windowSeconds: 60 } };
}

/** Signs in through the app's /api/auth handler, as a request reaches it from the server in front. */
function signIn(a: Auth, email: string, password: string, ip: string, extra: Record<string, string> = {}) {
  return handleAuthRequest(
    a,
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", ...extra, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
    parseTrustedProxies(undefined),
  );
}

beforeEach(async () => {
  t = createTestDb("full");
  db = t.db;
  auth = createAuth(db, settings());
  await createAccount(auth, db, { email: "admin@example.org", password: PASSWORD, name: "Admin", role: "admin" }, "test");
});
afterEach(() => t.close());

describe("accounts and sign-in", () => {
  it("signs in with the right password only, with an HttpOnly SameSite=Lax session cookie", async () => {
    expect((await signIn(auth, "admin@example.org", "wrong password!", "10.0.0.1")).status).toBe(401);
    const ok = await signIn(auth, "Admin@Example.org", PASSWORD, "10.0.0.2");
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0]! }) });
    expect(session?.user).toMatchObject({ email: "admin@example.org", role: "admin" });
  });

  it("marks the cookie Secure when served over https", async () => {
    const https = createAuth(db, settings("https://tracker.example.org"));
    const ok = await signIn(https, "admin@example.org", PASSWORD, "10.0.0.3");
    expect(ok.headers.get("set-cookie")).toMatch(/__Secure-better-auth\.session_token=.*Secure/i);
  });

  it("has no public sign-up", async () => {
    const res = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "new@example.org", password: PASSWORD, name: "New" }),
      }),
    );
    expect(res.status).toBe(404);
    expect(db.$client.prepare("select count(*) as n from users").get()).toEqual({ n: 1 });
  });

  it("refuses repeated attempts from one client for a while, without locking out others", async () => {
    for (let i = 0; i < 3; i++) expect((await signIn(auth, "admin@example.org", "wrong password!", "10.0.0.9")).status).toBe(401);
    const refused = await signIn(auth, "admin@example.org", PASSWORD, "10.0.0.9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await signIn(auth, "admin@example.org", PASSWORD, "10.0.0.10")).status).toBe(200);
  });

  it("counts attempts per resolved address, whatever address headers the client adds", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const spoof = `198.51.100.${i}`;
      const res = await signIn(auth, "admin@example.org", "wrong password!", `${spoof}, 10.0.1.1`, {
        forwarded: `for=${spoof}`,
        "x-real-ip": spoof,
        "cf-connecting-ip": spoof,
        "true-client-ip": spoof,
        [CLIENT_ADDRESS_HEADER]: spoof,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
    expect((await signIn(auth, "admin@example.org", PASSWORD, "2001:db8::1, 10.0.1.1", { [CLIENT_ADDRESS_HEADER]: "10.9.9.9" })).status).toBe(429);
    // IPv6 clients are told apart too.
    expect((await signIn(auth, "admin@example.org", PASSWORD, "2001:db8::2")).status).toBe(200);
  });

  it("creates accounts with an audit entry and refuses taken emails; never stores the password", async () => {
    await createAccount(auth, db, { email: "ed@example.org", password: PASSWORD, name: "Ed", role: "editor" }, "admin@example.org");
    await expect(createAccount(auth, db, { email: "ed@example.org", password: PASSWORD, name: "Ed", role: "editor" }, "x")).rejects.toThrow(
      InvalidInputError,
    );
    const { entries } = listAuditEntries(db, { entity: "user", actor: "admin@example.org" });
    expect(entries[0]?.after).toMatchObject({ email: "ed@example.org", role: "editor" });
    const stored = db.$client.prepare("select password from accounts a join users u on u.id = a.user_id where u.email = ?").get("ed@example.org") as {
      password: string;
    };
    expect(stored.password).not.toContain(PASSWORD);
    expect(stored.password.length).toBeGreaterThan(40);
  });

  it("creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD only when there is no admin", async () => {
    expect(await ensureInitialAdmin(auth, db, { ADMIN_EMAIL: "boss@example.org", ADMIN_PASSWORD: PASSWORD })).toBeNull();
    const fresh = createTestDb("full");
    try {
      const a = createAuth(fresh.db, settings());
      expect(await ensureInitialAdmin(a, fresh.db, {})).toBeNull();
      await expect(ensureInitialAdmin(a, fresh.db, { ADMIN_EMAIL: "boss@example.org", ADMIN_PASSWORD: "short" })).rejects.toThrow(/12 characters/);
      expect(await ensureInitialAdmin(a, fresh.db, { ADMIN_EMAIL: "boss@example.org", ADMIN_PASSWORD: PASSWORD })).toMatch(/boss@example.org/);
      expect((await signIn(a, "boss@example.org", PASSWORD, "10.0.0.4")).status).toBe(200);
    } finally {
      fresh.close();
    }
  });
});

describe("auth settings", () => {
  it("generates the secret once beside the database unless BETTER_AUTH_SECRET is set", () => {
    const file = path.join(path.dirname(t.file), "tracker.db");
    const first = resolveAuthSecret(file, {});
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveAuthSecret(file, {})).toBe(first);
    expect(fs.statSync(path.join(path.dirname(file), ".auth-secret")).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(file, { BETTER_AUTH_SECRET: "from-env" })).toBe("from-env");
  });

  it("defaults the URL from PORT and the rate limit to production only", () => {
    expect(resolveAuthUrl({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(resolveAuthUrl({ BETTER_AUTH_URL: "https://t.example.org" })).toBe("https://t.example.org");
    expect(resolveSignInLimit({ NODE_ENV: "production" })).toEqual({ enabled: true, max: 5, windowSeconds: 60 });
    expect(resolveSignInLimit({ NODE_ENV: "development" }).enabled).toBe(false);
    expect(resolveSignInLimit({ AUTH_RATE_LIMIT: "on", AUTH_SIGN_IN_LIMIT: "2/30" })).toEqual({ enabled: true, max: 2, windowSeconds: 30 });
  });
});
