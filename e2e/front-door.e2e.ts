/**
 * What reaches the production server's front door (scripts/serve.ts, as `npm start` runs it) and
 * what no request may do to it (issue 11, items 3-6):
 *
 * - No request header changes what another reader receives: forwarding headers of every name
 *   (the server trusts no proxy here) and a foreign Host never end up in the stored page.
 * - A reader never receives an encoding it did not accept, whoever warmed the entry.
 * - A target that is not a path gets a 4xx at once and the connection is closed; nothing in the
 *   server log says uncaughtException, and the health check keeps answering.
 * - TRACE, TRACK, CONNECT and other methods nobody serves get 405 with Allow; a server action
 *   submitted from another origin gets 403.
 */
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvWithCli } from "./support/cli-import";
import { e2eContext } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { plainRequest, rawExchange, statusOf, type RawAnswer } from "./support/raw-http";
import { builtServerActions } from "./support/routes";

const { baseURL, databasePath } = e2eContext();
const hostHeader = new URL(baseURL).host;
const serverLog = path.join(path.dirname(databasePath), "server.log");

function text(answer: RawAnswer): string {
  return (answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.body) : answer.body).toString("utf8");
}

function ogImage(html: string): string | undefined {
  return /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
}

/** A cold entry of the home page for each case: a date of its own (2099, so no other spec's view). */
let nextDay = 1;
function coldHome(): string {
  const day = nextDay++;
  return `/?date=2099-0${3 + Math.floor(day / 28)}-${String((day % 28) + 1).padStart(2, "0")}`;
}

// Its 2099 probes are put back afterwards: left in, they stretch every later chart to 2099.
restoresSharedDatabase();

describe("forwarding headers from a peer that is not a trusted proxy never reach another reader", () => {
  // From 127.0.0.2: whatever AUTH_TRUSTED_PROXIES the shared server has (the e2e setup may trust
  // 127.0.0.1 so that tests can pick client addresses), this peer is not in it.
  const UNTRUSTED = { localAddress: "127.0.0.2" };

  beforeAll(() => {
    // The scenario: any write empties the front cache, and the next request fills it.
    importCsvWithCli("country,stated_on,stance,quote,source_title\nMCO,2099-03-01,undecided,front door probe,E2E front door probe\n");
  });

  const ATTACKS: Record<string, Record<string, string>> = {
    "X-Forwarded-Host": { "x-forwarded-host": "attacker.example" },
    "X-Forwarded-Host with X-Forwarded-Proto": { "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" },
    "X-Forwarded-Proto alone": { "x-forwarded-proto": "https" },
    "X-Forwarded-Port": { "x-forwarded-port": "6666" },
    "X-Forwarded-Server": { "x-forwarded-server": "attacker.example" },
    "X-Forwarded-Host list": { "x-forwarded-host": "attacker.example, attacker.example" },
    "Forwarded (RFC 7239)": { forwarded: 'for=6.6.6.6;host="attacker.example";proto=https' },
    "X-Host": { "x-host": "attacker.example" },
    "X-Original-Host": { "x-original-host": "attacker.example" },
    "X-HTTP-Host": { "x-http-host": "attacker.example" },
    "X-Original-URL / X-Rewrite-URL": { "x-original-url": "/attacker", "x-rewrite-url": "/attacker" },
    "a foreign Host": { host: "attacker.example" },
  };

  it.each(Object.entries(ATTACKS))("%s in a cold request leaves every later reader's page on the real origin", async (_name, attack) => {
    const url = coldHome();
    for (const encoding of ["gzip", "identity"]) {
      const poisoned = await plainRequest(baseURL, url, { "accept-encoding": encoding, ...attack }, UNTRUSTED);
      expect(poisoned.status).toBe(200);
      if (!attack.host) expect(ogImage(text(poisoned)), "the attacker's own page").toMatch(new RegExp(`^${baseURL}/og\\?`));
      // Readers until one gets the stored copy (it is stored a moment after the first answer ends);
      // with a foreign Host the attacker's copy is another entry, so the first reader renders anew.
      for (let i = 0; ; i++) {
        const reader = await plainRequest(baseURL, url, { "accept-encoding": encoding }, UNTRUSTED);
        expect(reader.status).toBe(200);
        const html = text(reader);
        expect(ogImage(html)).toMatch(new RegExp(`^${baseURL}/og\\?`));
        expect(html).not.toMatch(/attacker|6666|https:\/\/127\.0\.0\.1/);
        if (reader.headers["x-front-cache"] === "hit") break;
        expect(i, "the reader never got the stored copy").toBeLessThan(20);
      }
    }
  });
});

describe("a stored answer is only ever replayed in an encoding its reader accepts", () => {
  /** The stored forms an Accept-Encoding takes: gzip and/or identity (never deflate, br, zstd). */
  const WARMERS = ["deflate", "*", "br", "zstd", "br, zstd, deflate", "gzip;q=0, deflate", "deflate;q=1, gzip;q=0.1", "x-gzip", "compress"];
  const READERS: { accept: string | null; allowed: (string | undefined)[] }[] = [
    { accept: null, allowed: [undefined] },
    { accept: "identity", allowed: [undefined] },
    { accept: "gzip", allowed: ["gzip", undefined] },
    { accept: "gzip;q=0", allowed: [undefined] },
    { accept: "deflate", allowed: [undefined] },
    { accept: "*", allowed: ["gzip", undefined] },
    { accept: "br;q=1, identity;q=0.5", allowed: [undefined] },
    { accept: "identity;q=0, gzip", allowed: ["gzip"] },
  ];

  it.each(WARMERS)("after a cold request with Accept-Encoding %j, every reader gets a form it accepts", async (warmer) => {
    for (const page of [coldHome(), `/api/v1/stances?date=2099-0${5 + (nextDay++ % 4)}-${String((nextDay % 27) + 1).padStart(2, "0")}`]) {
      const first = await plainRequest(baseURL, page, { "accept-encoding": warmer });
      expect(first.status, page).toBe(200);
      const warmerTakes = warmer === "*" || warmer.includes("gzip;q=0.1") ? ["gzip", undefined] : [undefined];
      expect(warmerTakes, `${warmer} was answered with`).toContain(first.headers["content-encoding"]);
      for (const reader of READERS) {
        const res = await plainRequest(baseURL, page, reader.accept === null ? {} : { "accept-encoding": reader.accept });
        expect(res.status, `${page} for ${reader.accept}`).toBe(200);
        expect(reader.allowed, `${page} for ${reader.accept} after ${warmer}`).toContain(res.headers["content-encoding"]);
        expect(String(res.headers.vary), page).toMatch(/accept-encoding/i);
        expect(text(res), page).toMatch(page.startsWith("/api") ? /^\{"date":"2099-/ : /^<!DOCTYPE html>/i);
      }
    }
  });

  it("refuses with 406 a reader of a cached view who accepts neither gzip nor identity", async () => {
    for (const accept of ["identity;q=0", "*;q=0", "br, zstd, identity;q=0", "deflate, *;q=0"]) {
      const res = await plainRequest(baseURL, coldHome(), { "accept-encoding": accept });
      expect(res.status, accept).toBe(406);
      expect(res.headers["content-encoding"], accept).toBeUndefined();
    }
  });
});

describe("a target that is not a path is answered at once and the connection closed", () => {
  const TARGETS = ["//", "//?a=1", "/\\", "//:99999/", "///x", "//evil.example/", "/%", "/a/%zz", "/\\evil.example", "http://x/", "https://evil.example/api/health", "*", "/" + "a".repeat(9_000), "/" + "b".repeat(20_000)];

  it.each(TARGETS.map((t) => [t.length > 60 ? `${t.slice(0, 12)}... (${t.length} characters)` : t, t]))("GET %s", async (_label, target) => {
    for (const method of ["GET", "HEAD", "POST"]) {
      const answer = await rawExchange(baseURL, `${method} ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: keep-alive\r\n\r\n`);
      expect(statusOf(answer), `${method} ${target.slice(0, 40)}: ${answer.statusLine}`).toBeGreaterThanOrEqual(400);
      expect(statusOf(answer)).toBeLessThan(500);
      expect(answer.closedByServer).toBe(true);
    }
  });

  it("a burst of them leaves the server healthy, and nothing is logged as an uncaught exception", async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => rawExchange(baseURL, `GET ${TARGETS[i % 6]} HTTP/1.1\r\nHost: ${hostHeader}\r\n\r\n`)));
    const health = await plainRequest(baseURL, "/api/health");
    expect(health.status).toBe(200);
    const log = fs.readFileSync(serverLog, "utf8");
    expect(log).not.toMatch(/uncaughtException|unhandledRejection|TypeError: Invalid URL|ERR_INVALID_URL/);
  });
});

describe("methods nobody serves", () => {
  const METHODS = ["TRACE", "TRACK", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE", "LINK", "REPORT"];

  it.each(METHODS)("%s answers 405 with Allow on pages, the API and files, and closes", async (method) => {
    for (const target of ["/", "/countries", "/api/v1/stances", "/api/health", "/api/v1/admin/statements", "/icon.svg"]) {
      const requestTarget = method === "CONNECT" ? hostHeader : target;
      const answer = await rawExchange(baseURL, `${method} ${requestTarget} HTTP/1.1\r\nHost: ${hostHeader}\r\nContent-Length: 0\r\n\r\n`);
      expect(statusOf(answer), `${method} ${target}: ${answer.statusLine}`).toBe(405);
      expect(answer.text).toMatch(/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/i);
      if (method === "CONNECT") break; // one target: CONNECT names a host, not a path
    }
  });
});

describe("a server action submitted from another origin", () => {
  const actions = builtServerActions();
  const own = baseURL; // http://127.0.0.1:PORT

  const attempt = (id: string, page: string, headers: Record<string, string>, noScript = false) => {
    const body = noScript ? `------x\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n\r\n------x--\r\n` : "[]";
    const type = noScript ? "multipart/form-data; boundary=----x" : "text/plain;charset=UTF-8";
    return fetch(`${baseURL}${page.replace(/\[[^\]]+\]/g, "1")}`, {
      method: "POST",
      headers: { "content-type": type, ...(noScript ? {} : { "next-action": id }), ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(20_000),
    });
  };

  const FOREIGN: Record<string, Record<string, string>> = {
    "another site": { origin: "http://evil.example" },
    "an opaque origin (null)": { origin: "null" },
    "the same host on another port": { origin: own.replace(/:(\d+)$/, (_m, p: string) => `:${Number(p) + 1}`) },
    "the same host over https": { origin: own.replace(/^http:/, "https:") },
    "another loopback name": { origin: own.replace("127.0.0.1", "localhost") },
    "no Origin and a foreign Referer": { referer: "http://evil.example/form.html" },
  };

  it.each(Object.entries(FOREIGN))("from %s is refused with 403 (with and without JavaScript)", async (_name, headers) => {
    expect(actions.length).toBeGreaterThan(0);
    for (const { id, pages } of actions.slice(0, 5)) {
      const page = pages[0]!;
      for (const noScript of [false, true]) {
        const res = await attempt(id, page, headers, noScript);
        expect(res.status, `${page} ${noScript ? "form" : "script"} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });

  it("from the site itself is not refused for its origin", async () => {
    const { id, pages } = actions[0]!;
    const shapes: Record<string, string>[] = [{ origin: own }, { referer: `${own}/admin` }, {}];
    for (const headers of shapes) {
      const res = await attempt(id, pages[0]!, headers);
      expect([403, 500], JSON.stringify(headers)).not.toContain(res.status);
    }
  });
});
