/** The front cache against a real HTTP server on a loopback port, with a fake "Next" behind it. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { ResponseCache, storedForm } from "@/scripts/server/response-cache";

let server: http.Server;
let base: string;
let version: string;
let renders: number;
let status: number;
let writeDuringRender: boolean;
let answerHeaders: Record<string, string>;
let cache: ResponseCache;

beforeEach(async () => {
  version = "v1";
  renders = 0;
  status = 200;
  writeDuringRender = false;
  // What the app's read views say (lib/http/cache-control.ts); each test may change it.
  answerHeaders = { "cache-control": "public, max-age=0, must-revalidate" };
  cache = new ResponseCache(() => version);
  server = http.createServer((req, res) => {
    const key = req.url ?? "/";
    const hit = cache.lookup(key);
    if (hit) return ResponseCache.replay(req, res, hit);
    void cache.waitForInFlight(key).then((waited) => {
      const late = cache.lookup(key);
      if (late) return ResponseCache.replay(req, res, late);
      if (!waited) cache.capture(key, req, res);
      renders++;
      // A "render" that streams its body in two chunks, slowly enough for requests to overlap.
      res.statusCode = status;
      res.setHeader("etag", ['"e-' + renders + '"']);
      for (const [name, value] of Object.entries(answerHeaders)) res.setHeader(name, value);
      res.write(`render ${renders} `);
      if (writeDuringRender) version = "v-during";
      setTimeout(() => res.end(`of ${key} at ${version}`), 30);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const get = async (p: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + p, { headers });
  return { status: res.status, body: await res.text(), front: res.headers.get("x-front-cache"), headers: res.headers };
};

describe("ResponseCache", () => {
  it("replays a complete answer to the next reader of the same key", async () => {
    const first = await get("/a");
    const second = await get("/a");
    expect(first).toMatchObject({ status: 200, front: "miss" });
    expect(second).toMatchObject({ status: 200, body: first.body, front: "hit" });
    expect(renders).toBe(1);
  });

  it("drops everything when the data version changes", async () => {
    await get("/a");
    version = "v2";
    const after = await get("/a");
    expect(after.front).toBe("miss");
    expect(after.body).toContain("at v2");
    expect(renders).toBe(2);
  });

  it("does not keep an answer rendered while a write happened", async () => {
    writeDuringRender = true;
    const slow = get("/a");
    // Until /a's render has begun (and written): a fixed sleep raced the server on a busy machine.
    while (renders === 0) await new Promise((r) => setTimeout(r, 2));
    writeDuringRender = false;
    // Another reader meanwhile: the cache moves on to the new version before /a's render ends.
    await get("/b");
    await slow;
    const again = await get("/a");
    expect(again.front).toBe("miss");
    expect(again.body).toContain("at v-during");
  });

  it("keeps only 200 answers", async () => {
    status = 404;
    await get("/missing");
    expect((await get("/missing")).front).toBe("miss");
  });

  it("answers 304 to a reader holding the stored ETag (set as an array, as Next does)", async () => {
    await get("/a");
    expect((await get("/a", { "if-none-match": '"e-1"' })).status).toBe(304);
    expect((await get("/a", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("answers 304 from the stored entry without rendering: weak comparison, lists, *, and the 200's caching headers", async () => {
    await get("/a");
    for (const inm of ['"e-1"', 'W/"e-1"', '"x", "e-1"', "*"]) {
      const res = await get("/a", { "if-none-match": inm });
      expect(res, inm).toMatchObject({ status: 304, body: "", front: "hit" });
      expect(res.headers.get("etag")).toBe('"e-1"');
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    }
    expect(renders).toBe(1);
    // After a write the stored tag is gone with its entry: the reader gets the new answer.
    version = "v2";
    expect(await get("/a", { "if-none-match": '"e-1"' })).toMatchObject({ status: 200, front: "miss" });
  });

  it.each([
    ["Cache-Control: private", { "cache-control": "private, max-age=0" }],
    ["Cache-Control: no-store", { "cache-control": "no-store" }],
    ["Next's own for a dynamic page", { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }],
    ["public with no-store", { "cache-control": "public, no-store" }],
    ["Set-Cookie, even if public", { "cache-control": "public, max-age=60", "set-cookie": "a=b; Path=/" }],
    ["Vary: *", { "cache-control": "public, max-age=0", vary: "*" }],
    ["Vary on a header the key does not cover", { "cache-control": "public, max-age=0", vary: "Accept-Encoding, Accept-Language" }],
  ])("never stores an answer with %s", async (_name, headers) => {
    answerHeaders = headers;
    expect((await get("/p")).status).toBe(200);
    const again = await get("/p");
    expect(again.front).toBe("miss");
    expect(renders).toBe(2);
  });

  it("does not store an answer to a request that says no-store, nor answer it from a copy it may not keep", async () => {
    await get("/q", { "cache-control": "no-store" });
    expect((await get("/q")).front).toBe("miss");
  });

  it.each([
    ["public, max-age=0, must-revalidate"],
    ["no-cache"],
    ["public, s-maxage=60, stale-while-revalidate=300"],
  ])("stores an answer with Cache-Control: %s (revalidated by the data version on every reuse)", async (cc) => {
    answerHeaders = { "cache-control": cc, vary: "rsc, next-router-state-tree, Accept-Encoding" };
    await get("/r");
    expect((await get("/r")).front).toBe("hit");
    expect(renders).toBe(1);
  });

  it("lets a burst of readers of a cold key share one render", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => get("/cold")));
    expect(renders).toBe(1);
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
  });
});

describe("ResponseCache bounds", () => {
  // The fake Next asks the module's `cache` on every request: swapping it is enough.
  const withBounds = (bounds: { maxEntries?: number; maxBytes?: number }) => void (cache = new ResponseCache(() => version, bounds));

  it("keeps at most maxEntries answers, evicting the least recently used", async () => {
    withBounds({ maxEntries: 2 });
    await get("/1");
    await get("/2");
    expect((await get("/1")).front).toBe("hit"); // /1 is now newer than /2
    await get("/3");
    expect((await get("/1")).front).toBe("hit");
    expect((await get("/3")).front).toBe("hit");
    expect((await get("/2")).front).toBe("miss"); // the least recently used went
  });

  it("keeps the bodies within maxBytes and does not keep one larger than that alone", async () => {
    withBounds({ maxBytes: 40 });
    await get("/aa"); // each body is about 20 bytes ("render N of /aa at v1")
    await get("/bb");
    await get("/cc"); // over 40 in all: /aa goes
    expect((await get("/cc")).front).toBe("hit");
    expect((await get("/aa")).front).toBe("miss");
    withBounds({ maxBytes: 10 });
    await get("/big");
    expect((await get("/big")).front).toBe("miss");
  });
});

describe("storedForm", () => {
  const json = Buffer.from(JSON.stringify({ countries: Array.from({ length: 200 }, (_, i) => ({ iso3: `C${i}`, stance: "troops" })) }));
  const answer = { status: 200, headers: { "content-type": "application/json", etag: '"abc"', vary: "rsc" }, body: json };

  it("gzips an uncompressed answer for the gzip form, large or small, with a weak validator", async () => {
    const stored = await storedForm(answer, "gzip");
    expect(stored?.headers["content-encoding"]).toBe("gzip");
    expect(stored?.headers.etag).toBe('W/"abc"');
    expect(stored?.headers.vary).toBe("rsc, Accept-Encoding");
    expect(stored!.body.length).toBeLessThan(json.length);
    expect(gunzipSync(stored!.body).equals(json)).toBe(true);
    // Even a tiny body: a gzip entry is gzip, or a reader with identity;q=0 would get identity.
    const small = await storedForm({ ...answer, body: Buffer.from("{}") }, "gzip");
    expect(gunzipSync(small!.body).toString()).toBe("{}");
  });

  it("keeps Next's own gzip as it is for the gzip form", async () => {
    const gz = { ...answer, headers: { ...answer.headers, "content-encoding": "gzip" }, body: Buffer.from("already") };
    const stored = await storedForm(gz, "gzip");
    expect(stored?.body.toString()).toBe("already");
    expect(stored?.headers).toMatchObject({ "content-encoding": "gzip", etag: '"abc"', vary: "rsc, Accept-Encoding" });
  });

  it("stores the identity form without any Content-Encoding, and with Vary: Accept-Encoding", async () => {
    const stored = await storedForm({ ...answer, headers: { "content-type": "application/json" } }, "identity");
    expect(stored?.headers["content-encoding"]).toBeUndefined();
    expect(stored?.headers.vary).toBe("Accept-Encoding");
    expect(stored?.body.equals(json)).toBe(true);
    const explicit = await storedForm({ ...answer, headers: { ...answer.headers, "content-encoding": "identity", vary: "Accept-Encoding" } }, "identity");
    expect(explicit?.headers["content-encoding"]).toBeUndefined();
    expect(explicit?.headers.vary).toBe("Accept-Encoding");
  });

  it.each(["deflate", "br", "zstd", "x-gzip", "gzip, br", "compress"])("never stores an answer Next sent as %s (neither form)", async (enc) => {
    const encoded = { ...answer, headers: { ...answer.headers, "content-encoding": enc } };
    expect(await storedForm(encoded, "gzip")).toBeNull();
    expect(await storedForm(encoded, "identity")).toBeNull();
  });

  it("never stores a gzip answer as the identity form", async () => {
    expect(await storedForm({ ...answer, headers: { ...answer.headers, "content-encoding": "gzip" } }, "identity")).toBeNull();
  });
});
