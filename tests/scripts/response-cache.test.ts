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

beforeEach(async () => {
  version = "v1";
  renders = 0;
  status = 200;
  writeDuringRender = false;
  const cache = new ResponseCache(() => version);
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
  return { status: res.status, body: await res.text(), front: res.headers.get("x-front-cache") };
};

describe("ResponseCache", () => {
  it("replays a complete answer to the next reader of the same key", async () => {
    const first = await get("/a");
    const second = await get("/a");
    expect(first).toMatchObject({ status: 200, front: "miss" });
    expect(second).toEqual({ status: 200, body: first.body, front: "hit" });
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

  it("lets a burst of readers of a cold key share one render", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => get("/cold")));
    expect(renders).toBe(1);
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
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
