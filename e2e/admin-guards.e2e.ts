/**
 * What the editors' side refuses: every write route and server action without a valid session
 * (the database's content is compared before and after), and repeated failed sign-ins from one
 * client (rate limited per client address, without locking out anyone else).
 */
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { e2eContext, urlFor } from "./support/context";
import { ADMIN, createAccount, dataChecksum, ownClientAddress, poll, signIn, submitForm, submitSignIn } from "./support/admin";

const { newPage } = setupBrowser();
// What it records (Malta, Cyprus, ...) is put back afterwards: the feed and other specs count the seed.
restoresSharedDatabase();

beforeAll(() => createAccount(ADMIN, "admin"), 240_000);

const FORGED = "better-auth.session_token=forged-token.forged-signature";

const statementBody = {
  country: "AUT",
  stated_on: "2026-01-05",
  stance: "troops",
  source_title: "Forged",
  source_url: "https://example.org/forged",
};

const WRITE_ROUTES: [string, string, unknown, string?][] = [
  ["POST", "/api/v1/admin/statements", statementBody],
  ["PATCH", "/api/v1/admin/statements/1", { ...statementBody, baseVersion: 1 }],
  ["POST", "/api/v1/admin/statements/1/retract", { reason: "forged", baseVersion: 1 }],
  ["POST", "/api/v1/admin/sources", { title: "Forged source" }],
  ["PATCH", "/api/v1/admin/sources/1", { title: "Forged source", baseVersion: 1 }],
  ["POST", "/api/v1/admin/events", { name: "Forged summit", held_on: "2026-01-05" }],
  ["PATCH", "/api/v1/admin/events/1", { name: "Forged summit", held_on: "2026-01-05", baseVersion: 1 }],
  ["POST", "/api/v1/admin/import", "country,stated_on,stance,source_title\nAUT,2026-01-05,troops,Forged\n", "text/csv"],
];

// better-auth's own account endpoints are not exposed at all (app/_lib/auth-route.ts): 404, signed in or not.
const HIDDEN_AUTH_ROUTES: [string, string, unknown][] = [
  ["POST", "/api/auth/admin/create-user", { email: "intruder@example.org", password: "intruder password", name: "x", role: "admin" }],
  ["POST", "/api/auth/admin/set-role", { userId: "x", role: "admin" }],
  ["POST", "/api/auth/admin/set-user-password", { userId: "x", newPassword: "intruder password" }],
  ["POST", "/api/auth/update-user", { name: "red (admin)", image: "https://evil.example/x.png" }],
];

async function send(method: string, path: string, body: unknown, type = "application/json", cookie?: string) {
  const res = await fetch(urlFor(path), {
    method,
    headers: { "content-type": type, ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
    redirect: "manual",
  });
  return { status: res.status, body: await res.text() };
}

/** Replaces the session cookie with a forged one (or none), runs `act`, then restores the real one. */
async function withoutSession(context: BrowserContext, forged: boolean, act: () => Promise<void>) {
  const real = await context.cookies();
  await context.clearCookies();
  if (forged) await context.addCookies([{ name: "better-auth.session_token", value: "forged-token.forged-signature", url: e2eContext().baseURL }]);
  try {
    await act();
  } finally {
    await context.clearCookies();
    await context.addCookies(real);
  }
}

async function expectSentToSignIn(page: Page) {
  await page.waitForURL((url) => url.pathname === "/admin/login");
}

describe("signed out", () => {
  it("every write route answers 401 (sign-up does not exist) and nothing changes", { timeout: 90_000 }, async () => {
    const before = await dataChecksum();
    for (const cookie of [undefined, FORGED]) {
      for (const [method, path, body, type] of WRITE_ROUTES) {
        const res = await send(method, path, body, type, cookie);
        expect({ method, path, cookie, status: res.status }).toEqual({ method, path, cookie, status: 401 });
      }
    }
    const signUp = await send("POST", "/api/auth/sign-up/email", { email: "intruder@example.org", password: "intruder password", name: "x" });
    expect(signUp.status).toBe(404);
    for (const cookie of [undefined, FORGED]) {
      for (const [method, path, body] of HIDDEN_AUTH_ROUTES) expect({ path, status: (await send(method, path, body, "application/json", cookie)).status }).toEqual({ path, status: 404 });
    }
    expect(await dataChecksum()).toBe(before);
  });

  it("every server action sends the visitor to sign-in and nothing changes", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, ADMIN);
    const context = page.context();
    // A dry run stores the upload as a draft; it is made first so the checksum covers confirming it.
    await page.goto("/admin/import");
    await page
      .locator("#f-file")
      .setInputFiles({ name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("country,stated_on,stance,source_title\nAUT,2026-01-05,troops,Forged\n") });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    const confirm = page.getByRole("button", { name: "Import 1 new statement" });
    await confirm.waitFor();
    const before = await dataChecksum();

    await withoutSession(context, false, async () => {
      await confirm.click();
      await expectSentToSignIn(page);
    });

    const forms: [string, (p: Page) => Promise<void>][] = [
      [
        "/admin/statements/new",
        async (p) => {
          await p.locator("#f-country").fill("AUT");
          await p.locator("#f-stated_on").fill("2026-01-05");
          await p.locator("#f-stance").selectOption("troops");
          await p.locator("#f-source_id").fill("#1");
          await submitForm(p);
        },
      ],
      ["/admin/statements/1/edit", (p) => submitForm(p)],
      [
        "/admin/statements/1",
        async (p) => {
          await p.locator("#f-reason").fill("forged");
          await p.locator('input[name="confirm"]').check();
          await p.getByRole("button", { name: "Retract this statement" }).click();
        },
      ],
      [
        "/admin/sources/new",
        async (p) => {
          await p.locator("#f-title").fill("Forged source");
          await submitForm(p);
        },
      ],
      ["/admin/sources/1/edit", (p) => submitForm(p)],
      [
        "/admin/events/new",
        async (p) => {
          await p.locator("#f-name").fill("Forged summit");
          await p.locator("#f-held_on").fill("2026-01-05");
          await submitForm(p);
        },
      ],
      ["/admin/events/1/edit", (p) => submitForm(p)],
      [
        "/admin/users",
        async (p) => {
          await p.locator("#f-email").fill("intruder@example.org");
          await p.locator("#f-password").fill("intruder password");
          await p.getByRole("button", { name: "Create account" }).click();
        },
      ],
      [
        "/admin/users",
        async (p) => {
          await p.locator('input[name="newPassword"]').first().fill("a forged new password");
          await p.getByRole("button", { name: "Set password" }).first().click();
        },
      ],
    ];
    for (const [path, submit] of forms) {
      await page.goto(path);
      await withoutSession(context, true, async () => {
        await submit(page);
        await expectSentToSignIn(page);
      });
    }
    expect(await dataChecksum()).toBe(before);
  });
});

describe("sign-in rate limit", () => {
  it("refuses a client after repeated failures, while another client still signs in", { timeout: 90_000 }, async () => {
    const attacker = await newPage();
    await ownClientAddress(attacker);
    await attacker.goto("/admin/login");
    for (let i = 0; i < 5; i++) {
      await submitSignIn(attacker, ADMIN.email, `wrong password ${i}`);
      await poll(() => attacker.locator(".form-status").innerText()).toBe("Wrong email or password.");
    }
    await submitSignIn(attacker, ADMIN.email, ADMIN.password);
    await poll(() => attacker.locator(".form-status").innerText()).toMatch(/^Too many sign-in attempts from your network\. Wait \d+ seconds/);
    expect(new URL(attacker.url()).pathname).toBe("/admin/login");

    const someoneElse = await newPage();
    await signIn(someoneElse, ADMIN);
    expect(new URL(someoneElse.url()).pathname).toBe("/admin");
  });
});
