/**
 * `npm run admin:create` takes the password without showing it: from ADMIN_PASSWORD or piped stdin
 * (a terminal gets a hidden prompt, which needs a real TTY and is not driven here); the old
 * `--password` flag still works but warns. Whatever the way in, the password is never printed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../support/run-script";

const PASSWORD = "a long enough secret 42";
let dir: string;
let db: string;

function accountRole(email: string): string | undefined {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare("select role from users where email = ?").get(email) as { role: string } | undefined)?.role;
  } finally {
    conn.close();
  }
}

function create(args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  // ADMIN_PASSWORD from the outer environment must not leak into the cases that leave it out.
  const res = runScript("admin-create", args, db, { env: { ADMIN_PASSWORD: "", ...opts.env }, input: opts.input ?? "", timeout: 60_000 });
  expect(`${res.stdout}${res.stderr}`).not.toContain(PASSWORD);
  return res;
}

describe("scripts/admin-create.ts reads the password without echoing it", { timeout: 60_000 }, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-admin-create-"));
    db = path.join(dir, "tracker.db");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("takes it from ADMIN_PASSWORD", () => {
    const res = create(["--email", "env@example.org"], { env: { ADMIN_PASSWORD: PASSWORD } });
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/Created admin account env@example\.org/);
    expect(accountRole("env@example.org")).toBe("admin");
  });

  it("takes the first line of piped stdin", () => {
    const res = create(["--email", "pipe@example.org", "--role", "editor"], { input: `${PASSWORD}\nignored second line\n` });
    expect(res.status).toBe(0);
    expect(accountRole("pipe@example.org")).toBe("editor");
  });

  it("still accepts --password, with a warning that it is visible", () => {
    const res = spawnWithFlag();
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(/Warning: --password is visible on screen/);
    expect(accountRole("flag@example.org")).toBe("admin");
  });

  it("refuses to run with no password at all, and creates nothing", () => {
    const res = create(["--email", "none@example.org"]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/No password: set ADMIN_PASSWORD, type it at the prompt, or pipe it on stdin/);
    expect(accountRole("none@example.org")).toBeUndefined();
  });

  it("refuses a short password from any source with the rule's message, and creates nothing", () => {
    for (const [email, opts] of [
      ["short-env@example.org", { env: { ADMIN_PASSWORD: "short" } }],
      ["short-pipe@example.org", { input: "short\n" }],
    ] as const) {
      const res = create(["--email", email], opts);
      expect(res.status, email).toBe(1);
      expect(res.stderr, email).toMatch(/12 characters/);
      expect(accountRole(email), email).toBeUndefined();
    }
  });
});

// The flag's own value is on the command line by design; only the output must not repeat it.
function spawnWithFlag() {
  const res = runScript("admin-create", ["--email", "flag@example.org", "--password", PASSWORD], db, { env: { ADMIN_PASSWORD: "" }, input: "", timeout: 60_000 });
  expect(`${res.stdout}${res.stderr}`).not.toContain(PASSWORD);
  return res;
}
