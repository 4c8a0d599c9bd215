/**
 * Issue 11, items 8, 10 and 11, against the production server as `npm start` runs it:
 *
 * - a server that trusts no proxy counts sign-in attempts per socket peer, whatever address headers
 *   the client sends (X-Forwarded-For, Forwarded, X-Real-IP, CF-Connecting-IP, True-Client-IP);
 *   the shared e2e server trusts 127.0.0.1 as a proxy (AUTH_TRUSTED_PROXIES in global-setup.ts),
 *   which is how the other specs give each client its own address;
 * - better-auth's own account endpoints answer 404 even to an admin, and change nothing;
 * - no public page or public API answer carries any account's email or a server file path.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, createAccount, dataChecksum, readDb } from "./support/admin";
import { apiSignIn, apiWrite, authOrigin } from "../scripts/support/api-session";
import { importCsvWithCli } from "./support/cli-import";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { builtRoutes } from "./support/routes";
import { freePort, prepareDatabase, startServer, stopServer, waitUntilReady, type ServerHandle } from "../scripts/support/app-server";

writesWithEditorAccount();

describe("a server that trusts no proxy", { timeout: 180_000 }, () => {
  let dir: string;
  let server: ServerHandle;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-untrusted-"));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: path.join(dir, "tracker.db") };
    delete env.AUTH_TRUSTED_PROXIES;
    delete env.AUTH_RATE_LIMIT;
    delete env.AUTH_SIGN_IN_LIMIT;
    prepareDatabase(process.cwd(), env);
    createAccountIn(env.DATABASE_PATH!);
    server = startServer(process.cwd(), env, await freePort(), path.join(dir, "server.log"));
    await waitUntilReady(server, 60_000);
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function createAccountIn(databasePath: string) {
    const res = spawnSync(
      path.join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "scripts/admin-create.ts", "--email", EDITOR.email, "--password", EDITOR.password, "--role", "editor"],
      { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8", timeout: 120_000 },
    );
    expect(res.status, res.stderr).toBe(0);
  }

  it("refuses the 6th wrong password from one peer however it spoofs its address, then the right one too", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const spoof = i % 2 === 0 ? `198.51.100.${i}` : `2001:db8::${i.toString(16)}`;
      const res = await fetch(`${server.baseURL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: authOrigin(server.baseURL),
          "x-forwarded-for": i % 3 === 0 ? spoof : `${spoof}, 10.0.0.${i}`,
          forwarded: `for="${spoof}"`,
          "x-real-ip": spoof,
          "cf-connecting-ip": spoof,
          "true-client-ip": spoof,
          "x-tracker-client-address": spoof,
        },
        body: JSON.stringify({ email: EDITOR.email, password: `wrong password ${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429), statuses.join(",")).toBe(true);
    await expect(apiSignIn(server.baseURL, EDITOR, "203.0.113.77")).rejects.toThrow(/HTTP 429/);
  });
});

describe("better-auth's own endpoints", () => {
  it("answer 404 to a signed-in admin, except sign-in, sign-out and the session; nothing changes", async () => {
    const { baseURL } = e2eContext();
    createAccount(ADMIN, "admin");
    const cookie = await apiSignIn(baseURL, ADMIN);
    const before = await dataChecksum();
    const userId = readDb((db) => (db.prepare("select id from users where email = ?").get(ADMIN.email) as { id: string }).id);
    const paths = [
      "/admin/create-user", "/admin/set-role", "/admin/set-user-password", "/admin/update-user", "/admin/ban-user", "/admin/unban-user",
      "/admin/list-users", "/admin/list-user-sessions", "/admin/revoke-user-sessions", "/admin/remove-user", "/admin/impersonate-user",
      "/admin/has-permission", "/update-user", "/change-email", "/change-password", "/delete-user", "/list-sessions", "/revoke-sessions",
      "/request-password-reset", "/reset-password", "/sign-up/email", "/list-accounts", "/ok", "/error",
    ];
    for (const p of paths) {
      for (const method of ["GET", "POST"]) {
        const res = await (method === "GET"
          ? fetch(`${baseURL}/api/auth${p}`, { headers: { cookie } })
          : apiWrite(baseURL, cookie, "POST", `/api/auth${p}`, { userId, role: "editor", newPassword: "another long password", name: "red (admin)" }));
        expect({ method, p, status: res.status }).toEqual({ method, p, status: 404 });
      }
    }
    expect(await dataChecksum()).toBe(before);
    const session = await fetch(`${baseURL}/api/auth/get-session`, { headers: { cookie } });
    expect(session.status).toBe(200);
  });
});

describe("public pages and the public API", { timeout: 180_000 }, () => {
  it("never show an editor's email or a server path", async () => {
    const { baseURL } = e2eContext();
    const cookie = await apiSignIn(baseURL, EDITOR);
    const made = await apiWrite(baseURL, cookie, "POST", "/api/v1/admin/statements", {
      country: "EST", stated_on: "2025-09-22", stance: "undecided", source_title: "Privacy test",
    });
    expect(made.status).toBe(201);
    const { id } = ((await made.json()) as { current: { id: number } }).current;
    importCsvWithCli("country,stated_on,stance,source_title,quote\nLVA,2025-09-23,undecided,Privacy import,quoted\n");
    const imported = readDb((db) => db.prepare("select statement_id as id, country_iso3 as iso3 from statements where recorded_by like 'cli-import:%' order by id desc").get() as { id: number; iso3: string });

    const emails = readDb((db) => (db.prepare("select email from users").all() as { email: string }[]).map((r) => r.email));
    expect(emails).toContain(EDITOR.email);
    const urls = new Set(["/", "/countries/EST", "/countries/LVA", `/statements/${id}`, `/statements/${imported.id}`, `/api/v1/statements/${id}`, `/api/v1/statements/${imported.id}`, "/api/v1/statements?country=EST", "/api/v1/statements?country=LVA", "/api/v1/export.csv"]);
    for (const route of builtRoutes()) {
      if (route.path.startsWith("/admin") || route.path.startsWith("/api/auth") || route.path.startsWith("/api/v1/admin")) continue;
      if (route.params.length === 0) urls.add(route.path);
    }
    for (const u of urls) {
      const res = await fetch(urlFor(u));
      const body = await res.text();
      for (const email of emails) expect(body.includes(email), `${u} shows ${email}`).toBe(false);
      expect(body, u).not.toMatch(/cli-import|coalition-e2e-import-|\/tmp\//);
    }
    const one = (await (await fetch(urlFor(`/api/v1/statements/${imported.id}`))).json()) as { current: { recordedBy: string } };
    expect(one.current.recordedBy).toBe("import (probe.csv)");
    const mine = (await (await fetch(urlFor(`/api/v1/statements/${id}`))).json()) as { current: { recordedBy: string } };
    expect(mine.current.recordedBy).toMatch(/^Editor \d+$/);
  });
});
