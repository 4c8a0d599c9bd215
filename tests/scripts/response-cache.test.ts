/** The front cache against a real HTTP server on a loopback port, with a fake "Next" behind it. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { ResponseCache, staleLimitMs, storedForm } from "@/scripts/server/response-cache";
import { PUBLIC_S_MAXAGE_SECONDS, PUBLIC_VIEW_CACHE_CONTROL } from "@/lib/http/cache-control";

let server: http.Server;
let base: string;
let version: string;
let renders: number;
let status: number;
let writeDuringRender: boolean;
let answerHeaders: Record<string, string>;
let cache: ResponseCache;
/** The cache's clock (ms): tests move it by hand, no test waits for time to pass. */
let clock: number;
/** While set, every render holds its last chunk until the test calls it (a render "in flight"). */
let held: (() => void)[] | null;
/** Requests the server has received (to await "this request has arrived" instead of sleeping). */
let arrivals: number;

// The public views' own Cache-Control (lib/http/cache-control.ts), which allows stale copies.
const PUBLIC = PUBLIC_VIEW_CACHE_CONTROL;

beforeEach(async () => {
  version = "v1";
  renders = 0;
  status = 200;
  writeDuringRender = false;
  clock = 1_000_000;
  held = null;
  arrivals = 0;
  // What the app's read views say (lib/http/cache-control.ts); each test may change it.
  answerHeaders = { "cache-control": "public, max-age=0, must-revalidate" };
  cache = new ResponseCache(() => version, { now: () => clock });
  server = http.createServer((req, res) => {
    arrivals++;
    const key = req.url ?? "/";
    // The same path through the cache as scripts/serve.ts: ResponseCache.respond, with a fake Next.
    void cache.respond(key, req, res, () => {
      renders++;
      // A "render" that streams its body in two chunks, slowly enough for requests to overlap.
      res.statusCode = status;
      res.setHeader("etag", ['"e-' + renders + '"']);
      for (const [name, value] of Object.entries(answerHeaders)) res.setHeader(name, value);
      res.write(`render ${renders} `);
      if (writeDuringRender) version = "v-during";
      const finish = () => res.end(`of ${key} at ${version}`);
      if (held) held.push(finish);
      else setTimeout(finish, 30);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const get = async (p: string, headers: Record<string, string> = {}, method = "GET") => {
  const res = await fetch(base + p, { headers, method });
  return { status: res.status, body: await res.text(), front: res.headers.get("x-front-cache"), age: res.headers.get("age"), headers: res.headers };
};

/** Until the fake Next has begun `n` renders in all (a condition, not a sleep). */
async function rendersBegun(n: number): Promise<void> {
  while (renders < n) await new Promise((r) => setTimeout(r, 2));
}

/** Until the server has received `n` requests in all. */
async function arrived(n: number): Promise<void> {
  while (arrivals < n) await new Promise((r) => setTimeout(r, 2));
}

/** Holds renders from now on (until `held` is reset); returns the release of every render it held. */
function holdRenders(): () => void {
  const list: (() => void)[] = [];
  held = list;
  return () => {
    if (held === list) held = null;
    for (const finish of list) finish();
  };
}

describe("ResponseCache", () => {
  it("replays a complete answer to the next reader of the same key", async () => {
    const first = await get("/a");
    const second = await get("/a");
    expect(first).toMatchObject({ status: 200, front: "miss" });
    expect(second).toMatchObject({ status: 200, body: first.body, front: "hit" });
    expect(renders).toBe(1);
  });

  it("renders again on the first request after the data version changes", async () => {
    await get("/a");
    version = "v2";
    const after = await get("/a");
    expect(after.front).toBe("miss");
    expect(after.body).toContain("at v2");
    expect(renders).toBe(2);
  });

  it("never replays an answer rendered while a write happened as the current one", async () => {
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
    // After a write the stored copy is stale: the reader gets the new answer.
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

describe("ResponseCache across writes (stale-while-revalidate, bounded by s-maxage)", () => {
  const S_MAXAGE_MS = PUBLIC_S_MAXAGE_SECONDS * 1000;

  it("answers the previous copy, with Age, only to requests that arrive while the first request after a write renders", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    const old = await get("/a");
    clock += 3_400;
    version = "v2";
    const release = holdRenders();
    const first = get("/a"); // the first request after the write renders it
    await rendersBegun(2);
    const during = await get("/a");
    expect(during).toMatchObject({ status: 200, body: old.body, front: "stale", age: "3" });
    expect(during.headers.get("cache-control")).toBe(PUBLIC);
    release();
    expect(await first).toMatchObject({ front: "miss", body: "render 2 of /a at v2", age: null });
    // Once that render is stored, its copy is the current one: no Age, no stale copy.
    expect(await get("/a")).toMatchObject({ front: "hit", body: "render 2 of /a at v2", age: null });
    expect(renders).toBe(2);
  });

  it("lets the first request after a write render even while a render from before the write is in flight", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    await get("/a");
    version = "v2";
    const release = holdRenders();
    const before = get("/a"); // renders v2 and is held
    await rendersBegun(2);
    version = "v3"; // a write while that render is in flight
    held = null; // this reader's render runs at once
    const after = await get("/a");
    // Neither the copy from v1 nor a wait for the render that began before v3: its own render.
    expect(after).toMatchObject({ front: "miss", body: "render 3 of /a at v3" });
    release();
    await before;
  });

  it("serves a copy for at most s-maxage after its render began, then waits for the render", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    const old = await get("/a");
    version = "v2";
    const release = holdRenders();
    const first = get("/a");
    await rendersBegun(2);
    clock += S_MAXAGE_MS; // exactly s-maxage: still allowed
    expect(await get("/a")).toMatchObject({ body: old.body, front: "stale", age: String(PUBLIC_S_MAXAGE_SECONDS) });
    clock += 1; // past it: this reader waits for the render under way
    const seen = arrivals;
    const late = get("/a");
    await arrived(seen + 1);
    release();
    // Answered from the render it waited for (stored only after the release), not the old copy.
    expect(await late).toMatchObject({ body: "render 2 of /a at v2", front: "hit", age: null });
    await first;
    expect(renders).toBe(2);
  });

  it("keeps an answer whose render overlapped a write, as stale from birth: never replayed as current, but a stand-in during the next render", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    writeDuringRender = true; // the render of /a begins at v1; a write commits during it
    const overlapped = await get("/a");
    writeDuringRender = false;
    expect(overlapped.body).toBe("render 1 of /a at v-during");
    clock += 2_000;
    const release = holdRenders();
    const first = get("/a"); // not a hit: it started from v1, the data is v-during
    await rendersBegun(2);
    expect(await get("/a")).toMatchObject({ body: overlapped.body, front: "stale", age: "2" });
    release();
    expect(await first).toMatchObject({ front: "miss", body: "render 2 of /a at v-during" });
    expect(await get("/a")).toMatchObject({ front: "hit", body: "render 2 of /a at v-during" });
  });

  it("answers the readers who waited for a render that a write overlapped from that render's copy, with Age, not with renders of their own", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    await get("/a");
    clock += S_MAXAGE_MS + 1; // the v1 copy is too old to stand in
    version = "v2";
    const release = holdRenders();
    const first = get("/a");
    await rendersBegun(2);
    clock += 1_500;
    const seen = arrivals;
    const waiting = Array.from({ length: 3 }, () => get("/a"));
    await arrived(seen + 3);
    version = "v3"; // a write while render 2 is in flight: its copy is stale from birth
    release();
    const first200 = await first;
    for (const w of await Promise.all(waiting)) expect(w).toMatchObject({ status: 200, body: first200.body, front: "stale", age: "1" });
    expect(renders).toBe(2);
    // The next request renders the current data.
    expect(await get("/a")).toMatchObject({ front: "miss", body: "render 3 of /a at v3" });
  });

  it("answers HEAD and conditional requests from the stale copy with Age, during a render only", async () => {
    answerHeaders = { "cache-control": PUBLIC };
    const old = await get("/a");
    expect(old.headers.get("etag")).toBe('"e-1"');
    clock += 5_000;
    version = "v2";
    const release = holdRenders();
    const first = get("/a");
    await rendersBegun(2);
    const head = await get("/a", {}, "HEAD");
    expect(head).toMatchObject({ status: 200, body: "", front: "stale", age: "5" });
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(old.body)));
    const notModified = await get("/a", { "if-none-match": '"e-1"' });
    expect(notModified).toMatchObject({ status: 304, body: "", front: "stale", age: "5" });
    expect(notModified.headers.get("etag")).toBe('"e-1"');
    expect(await get("/a", { "if-none-match": '"e-9"' })).toMatchObject({ status: 200, body: old.body, front: "stale", age: "5" });
    release();
    await first;
    // No render in flight: a conditional request for the old tag gets the new answer.
    version = "v3";
    expect(await get("/a", { "if-none-match": '"e-2"' })).toMatchObject({ status: 200, front: "miss", age: null });
    expect(renders).toBe(3);
  });

  it("serves a stale copy only of an answer whose Cache-Control allows one, for its own s-maxage", async () => {
    const cases: [string, number | null][] = [
      [PUBLIC, S_MAXAGE_MS],
      ["public, s-maxage=3, stale-while-revalidate=60", 3_000],
      ["public, s-maxage=30, stale-while-revalidate=5", 5_000],
      ["public, max-age=0, must-revalidate", null],
      ["public, s-maxage=10", null],
      ["public, max-age=60, stale-while-revalidate=60", null],
      ["public, s-maxage=10, stale-while-revalidate=60, must-revalidate", null],
      ["no-cache", null],
    ];
    for (const [cc, limit] of cases) expect(staleLimitMs({ "cache-control": cc }), cc).toBe(limit);
    for (const [cc, limit] of cases) {
      answerHeaders = { "cache-control": cc };
      const p = `/p${cases.findIndex(([c]) => c === cc)}`;
      await get(p);
      version = `${version}+`;
      const release = holdRenders();
      const before = renders;
      const first = get(p);
      await rendersBegun(before + 1);
      const seen = arrivals;
      const during = get(p);
      await arrived(seen + 1);
      if (limit !== null) expect(await during, cc).toMatchObject({ front: "stale", age: "0" });
      // Not allowed: this reader (arrived during the render) waits for it instead.
      release();
      await first;
      if (limit === null) expect((await during).front, cc).toBe("hit");
    }
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
