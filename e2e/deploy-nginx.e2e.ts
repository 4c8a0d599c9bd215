/**
 * The reference deployment (deploy/, docs/scaling.md) from outside: nginx in front of two app
 * processes on one SQLite file. A shared link is served from nginx's cache; an edit by another
 * process (the CLI import) reaches readers within the documented s-maxage; nothing asked with a
 * cookie is stored or answered from the cache; readers are answered while an app process is dead.
 * Its own deployment and database (not the shared e2e server). Skips where nginx is not installed.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_S_MAXAGE_SECONDS } from "@/lib/http/cache-control";
import { killServerNow } from "../scripts/support/app-server";
import { findNginx, startDeployment, type Deployment } from "../scripts/support/deployment";
import { runScript } from "../tests/support/run-script";

const nginx = findNginx();
if (!nginx) console.warn("deploy-nginx.e2e.ts: skipped, nginx is not installed (apt-get install -y nginx; .ci/run installs it)");

describe.skipIf(!nginx)("nginx in front of two app processes", () => {
  let d: Deployment;
  beforeAll(async () => {
    d = await startDeployment(process.cwd(), { apps: 2 });
  }, 180_000);
  afterAll(async () => {
    await d?.stop();
  });

  async function get(p: string, headers: Record<string, string> = {}, base = d.baseURL) {
    const res = await fetch(base + p, { headers, signal: AbortSignal.timeout(30_000) });
    return { status: res.status, headers: res.headers, body: await res.text(), cache: res.headers.get("x-cache-status") };
  }

  /** The ETag an app process gives when asked directly under nginx's Host (fetch cannot set Host). */
  function etagFromApp(appURL: string, p: string): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const req = http.get(appURL + p, { headers: { host: new URL(d.baseURL).host, "accept-encoding": "gzip" } }, (res) => {
        res.resume();
        res.on("end", () => resolve(typeof res.headers.etag === "string" ? res.headers.etag : undefined));
      });
      req.on("error", reject);
    });
  }

  it("serves a shared link from nginx's cache, with the same ETag from either app process", async () => {
    const p = "/?date=2025-09-05";
    const first = await get(p);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("MISS");
    const second = await get(p);
    expect(second.cache).toBe("HIT");
    expect(second.body).toBe(first.body);
    const [a, b] = await Promise.all(d.apps.map((app) => etagFromApp(app.baseURL, p)));
    expect(a).toMatch(/^"/);
    expect(a).toBe(b);
  });

  it(`shows an edit made by another process to readers within s-maxage (${PUBLIC_S_MAXAGE_SECONDS} s) plus a margin`, async () => {
    const p = "/api/v1/stances?date=2099-01-01";
    await get(p);
    expect((await get(p)).cache).toBe("HIT");
    const marker = `nginx probe ${Date.now()}`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coalition-deploy-import-"));
    fs.writeFileSync(path.join(dir, "probe.csv"), `country,stated_on,stance,quote,source_title\nAND,2099-01-01,naval,${marker},E2E nginx probe\n`);
    const run = runScript("import", [path.join(dir, "probe.csv")], d.databasePath, { timeout: 60_000 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    // Polled, not slept: the bound is the documented lifetime plus the refresh and a margin.
    await expect.poll(async () => (await get(p)).body, { timeout: (PUBLIC_S_MAXAGE_SECONDS + 10) * 1000, interval: 250 }).toContain(marker);
  });

  it.each([
    ["a session cookie", { cookie: "better-auth.session_token=x" }],
    ["any cookie", { cookie: "theme=dark" }],
    ["credentials", { authorization: "Bearer x" }],
  ])("never stores nor serves from the cache a request with %s, in either direction", async (_name, personal) => {
    // A reader's cached page is not what the editor gets...
    const p = `/countries/FRA?probe=${encodeURIComponent(JSON.stringify(personal))}`;
    await get(p);
    expect((await get(p)).cache).toBe("HIT");
    const editor = await get(p, personal);
    expect(editor.cache).not.toBe("HIT");
    expect(editor.headers.get("cache-control")).toMatch(/private/);
    // ...and what the editor got first is never handed to a reader.
    const q = `${p}&editor-first=1`;
    for (let i = 0; i < 2; i++) expect((await get(q, personal)).cache).not.toBe("HIT");
    expect((await get(q)).cache).toBe("MISS");
  });

  it("answers readers while one app process is killed", async () => {
    killServerNow(d.apps[0]!);
    // Fresh URLs, so each one goes to an app process: nginx must skip the dead one.
    for (let i = 0; i < 8; i++) {
      const res = await get(`/api/v1/stances?date=2025-09-0${(i % 9) + 1}&n=${i}`);
      expect(res.status, `request ${i}`).toBe(200);
    }
    expect((await get("/?date=2025-09-05")).status).toBe(200);
  });
});
