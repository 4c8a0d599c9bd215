/**
 * Sessions end and sign-in attempts are limited, as seen by an HTTP client: a session past its
 * expiry (sessions.expires_at) no longer writes, through the API or the admin pages, and changes
 * nothing; repeated wrong passwords from one client address are refused with 429 while another
 * address still signs in. (The browser side of the rate limit is in e2e/admin-guards.e2e.ts.)
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EDITOR, dataChecksum } from "./support/admin";
import { apiSignIn, apiWrite, authOrigin } from "../scripts/support/api-session";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

const statement = { country: "FIN", stated_on: "2025-09-21", stance: "undecided", source_title: "Session test" };

writesWithEditorAccount();

/** The session token inside a `better-auth.session_token=TOKEN.SIGNATURE` cookie header. */
function tokenOf(cookie: string): string {
  const value = /session_token=([^;]+)/.exec(cookie)?.[1];
  if (!value) throw new Error(`no session cookie in ${cookie}`);
  return decodeURIComponent(value).split(".")[0]!;
}

describe("session expiry", () => {
  it("refuses an expired session on the write API and the admin pages, and writes nothing", async () => {
    const { baseURL, databasePath } = e2eContext();
    const cookie = await apiSignIn(baseURL, EDITOR);
    const fresh = await apiWrite(baseURL, cookie, "POST", "/api/v1/admin/statements", statement);
    expect(fresh.status).toBe(201);

    const db = new Database(databasePath);
    try {
      const changed = db.prepare("update sessions set expires_at = ? where token = ?").run(Date.now() - 1000, tokenOf(cookie));
      expect(changed.changes).toBe(1);
    } finally {
      db.close();
    }

    const before = await dataChecksum();
    const expired = await apiWrite(baseURL, cookie, "POST", "/api/v1/admin/statements", { ...statement, quote: "after expiry" });
    expect(expired.status).toBe(401);
    const page = await fetch(urlFor("/admin/statements/new"), { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(new URL(page.headers.get("location") ?? "", baseURL).pathname).toBe("/admin/login");
    expect(await dataChecksum()).toBe(before);
  });
});

describe("sign-in rate limit", () => {
  it("answers 429 after repeated wrong passwords from one address, while another address still signs in", async () => {
    const { baseURL } = e2eContext();
    const attacker = `10.251.${process.pid & 255}.7`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${baseURL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: authOrigin(baseURL), "x-forwarded-for": attacker },
        body: JSON.stringify({ email: EDITOR.email, password: `wrong password ${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The right password from the limited address is refused too: the limit is not a hint.
    await expect(apiSignIn(baseURL, EDITOR, attacker)).rejects.toThrow(/HTTP 429/);
    // Someone else is not locked out.
    expect(await apiSignIn(baseURL, EDITOR, `10.251.${process.pid & 255}.8`)).toMatch(/session_token=/);
  });
});
