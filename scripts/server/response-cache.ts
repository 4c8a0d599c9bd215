/**
 * The front cache: complete HTTP responses of the public views (see lib/http/response-cache-key.ts),
 * captured as Next sends them and replayed to the next readers of the same URL without entering
 * Next at all. Next's request pipeline costs several times what serving a static file does, so a
 * link shared to thousands of readers is answered at static-file speed this way. docs/caching.md
 * tells the whole story (this cache, the read cache, the headers, what an editor sees).
 *
 * What is kept: the app's own answer decides, by its headers (lib/http/front-cache-policy.ts,
 * RFC 9111 via http-cache-semantics): an answer saying `private` or `no-store`, setting a cookie,
 * or varying on a header the key does not cover is passed on and forgotten.
 *
 * Freshness: every entry is tagged with the version of the data its render STARTED from
 * (`version()`, SQLite's data_version on the front's own read-only connection, which changes on
 * any commit by any other connection: the app's own writes and other processes alike) and that
 * start's time; it holds every write committed before then. An entry of the current version is
 * replayed. After a change, the FIRST request for a URL renders it (so a reader sees an edit on
 * their very next request); a request for that URL that arrives WHILE that render is in flight is
 * answered from the previous copy, as `stale-while-revalidate` allows, but only when the answer
 * says so (`stale-while-revalidate`) and its render began at most its `s-maxage` ago, with an `Age`
 * header counting from then (RFC 9111 5.1), so a shared cache downstream does not add its own
 * s-maxage on top: no reader gets data older than s-maxage. An answer whose render overlapped a
 * write is kept too, tagged with the version it started from: stale from birth, it is never
 * replayed as fresh, only as such a stand-in (also to the readers who waited for that render, so
 * that they do not all render the URL at once). Entries and bytes are bounded (LRU).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { refusalToStore } from "@/lib/http/front-cache-policy";
import type { StoredEncoding } from "@/lib/http/response-cache-key";

export type StoredResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** A stored answer, the data version its render started from, and when it started (ms). */
type Entry = { stored: StoredResponse; version: string; bornAt: number };
/** A render under way for a key: the data version it started from, and its end. */
type Render = { version: string; done: Promise<void> };

const gzipAsync = promisify(gzip);

function headerText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value.join(", ");
  return typeof value === "number" ? String(value) : undefined;
}

/**
 * How long after its render began an answer may stand in for a newer one while that is rendered
 * (ms), from its own Cache-Control: only an answer that allows `stale-while-revalidate`, and only
 * for its `s-maxage` (the freshness a shared cache would give it); null when it allows neither.
 */
export function staleLimitMs(headers: OutgoingHttpHeaders): number | null {
  const cc = (headerText(headers["cache-control"]) ?? "").toLowerCase();
  const directive = (name: string) => {
    const m = new RegExp(`(?:^|,)\\s*${name}\\s*=\\s*"?(\\d+)"?\\s*(?:,|$)`).exec(cc);
    return m ? Number(m[1]) : null;
  };
  const swr = directive("stale-while-revalidate");
  const sMaxAge = directive("s-maxage");
  if (swr === null || swr <= 0 || sMaxAge === null || /(^|,)\s*(no-cache|no-store|private|must-revalidate|proxy-revalidate)\s*(,|=|$)/.test(cc)) return null;
  return Math.min(sMaxAge, swr) * 1000;
}

function withVaryAcceptEncoding(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const vary = headerText(headers.vary);
  if (vary && /(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) return headers;
  return { ...headers, vary: [vary, "Accept-Encoding"].filter(Boolean).join(", ") };
}

/**
 * The answer as stored for readers given `encoding` (lib/http/response-cache-key.ts negotiatedEncoding),
 * or null when it must not be stored. Only two forms exist: gzip (compressed once here when Next
 * sent it uncompressed, such as the route handlers' multi-megabyte timeline; the validator becomes
 * weak: same content, other bytes) and identity, which never carries a Content-Encoding. Anything
 * else (Next answering in an encoding the key does not name) is not kept. Both say
 * `Vary: Accept-Encoding`, so shared caches downstream keep the forms apart too.
 */
export async function storedForm(stored: StoredResponse, encoding: StoredEncoding): Promise<StoredResponse | null> {
  const sent = (headerText(stored.headers["content-encoding"]) ?? "identity").trim().toLowerCase();
  if (sent !== "identity" && sent !== encoding) return null;
  // Content-Encoding is set again below for the gzip form only.
  const headers = withVaryAcceptEncoding(Object.fromEntries(Object.entries(stored.headers).filter(([name]) => name !== "content-encoding")));
  if (encoding === "identity") return { status: stored.status, headers, body: stored.body };
  if (sent === "gzip") return { status: stored.status, headers: { ...headers, "content-encoding": "gzip" }, body: stored.body };
  const etag = headerText(stored.headers.etag);
  if (etag !== undefined) headers.etag = etag.startsWith("W/") ? etag : `W/${etag}`;
  return { status: stored.status, headers: { ...headers, "content-encoding": "gzip" }, body: await gzipAsync(stored.body, { level: 6 }) };
}

// Headers that describe one connection or one moment, not the representation.
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "x-front-cache"]);
// What a 304 repeats of the stored 200 (RFC 9110 15.4.5).
const NOT_MODIFIED_HEADERS = new Set(["cache-control", "content-location", "etag", "expires", "vary"]);

/**
 * RFC 9110 13.1.2: If-None-Match matches when any listed tag equals the stored one by weak
 * comparison (W/ ignored), or is `*`. (http-cache-semantics decides storing and reuse; answering a
 * reader's own conditional request is the origin's part, which the front plays here.)
 */
function ifNoneMatchHits(req: IncomingMessage, stored: unknown): boolean {
  const header = req.headers["if-none-match"];
  // Next sets some headers as one-element arrays.
  const etag = Array.isArray(stored) ? stored[0] : stored;
  if (typeof etag !== "string" || !header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag.replace(/^W\//, "") === etag.replace(/^W\//, "");
  });
}

/**
 * Makes Next's own answer to a front-cacheable request say `Vary: Accept-Encoding` (Next leaves it
 * off uncompressed route-handler answers): the answer is one of two stored forms, picked by that
 * header, and a shared cache downstream must keep them apart as well.
 */
export function varyOnAcceptEncoding(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  // Node's implicit header flush calls this.writeHead too, so this sees every answer.
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent) {
      const vary = withVaryAcceptEncoding({ vary: headerText(res.getHeader("vary")) }).vary;
      if (vary !== undefined) res.setHeader("vary", vary);
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Render>();
  private readonly now: () => number;

  constructor(
    private readonly currentVersion: () => string,
    { maxEntries = 1000, maxBytes = 128 * 1024 * 1024, now = Date.now }: { maxEntries?: number; maxBytes?: number; now?: () => number } = {},
  ) {
    // Bounded by entries and by bytes (a crawler asking for every date cannot grow memory without
    // bound); an answer larger than maxBytes on its own is not kept. lru-cache wants sizes >= 1.
    this.entries = new LRUCache<string, Entry>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.stored.body.length) });
    this.now = now;
  }

  /** The stored response for `key` if its render started from the current version of the data. */
  lookup(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    return entry && entry.version === this.currentVersion() ? entry.stored : undefined;
  }

  /**
   * The previous copy of `key` with its age in whole seconds, while a render of the current data
   * for `key` is in flight and only within the copy's own stale limit (staleLimitMs). Otherwise
   * undefined: then the request renders, or waits for the render under way.
   */
  staleDuringRender(key: string): { stored: StoredResponse; ageSeconds: number } | undefined {
    const render = this.inFlight.get(key);
    const version = this.currentVersion();
    if (!render || render.version !== version) return undefined;
    if (this.entries.peek(key)?.version === version) return undefined;
    return this.copyWithinLimit(key);
  }

  /** Writes a stored response (or a 304 when the reader already holds it); `ageSeconds` for a stale copy. */
  static replay(req: IncomingMessage, res: ServerResponse, stored: StoredResponse, { ageSeconds }: { ageSeconds?: number } = {}): void {
    const marks = ageSeconds === undefined ? { "x-front-cache": "hit" } : { "x-front-cache": "stale", age: String(ageSeconds) };
    if (ifNoneMatchHits(req, stored.headers.etag)) {
      // RFC 9110 15.4.5: the fields a 200 would have carried that describe the representation's caching.
      const kept = Object.entries(stored.headers).filter(([name]) => NOT_MODIFIED_HEADERS.has(name));
      res.writeHead(304, { ...Object.fromEntries(kept), ...marks });
      res.end();
      return;
    }
    res.writeHead(stored.status, { ...stored.headers, "content-length": stored.body.length, ...marks });
    res.end(req.method === "HEAD" ? undefined : stored.body);
  }

  /**
   * One reader's request for `key` through the cache: the current copy, else the previous one
   * while the current data is being rendered (staleDuringRender), else Next (`pass`), keeping a
   * copy of its answer. A request arriving while a render of the current data is in flight and
   * with no usable previous copy waits for that render instead of starting another.
   */
  async respond(key: string, req: IncomingMessage, res: ServerResponse, pass: () => void, { encoding = "identity" }: { encoding?: StoredEncoding } = {}): Promise<void> {
    const hit = this.lookup(key);
    if (hit) return ResponseCache.replay(req, res, hit);
    const stale = this.staleDuringRender(key);
    if (stale) return ResponseCache.replay(req, res, stale.stored, { ageSeconds: stale.ageSeconds });
    const waited = await this.waitForInFlight(key);
    const late = this.lookup(key);
    if (late) return ResponseCache.replay(req, res, late);
    // The render waited for overlapped a write (its copy is stale from birth): that copy, newer
    // than the previous one and begun after it, within the same limit, rather than every waiter
    // rendering the URL at once.
    const overlapped = waited ? this.copyWithinLimit(key) : undefined;
    if (overlapped) return ResponseCache.replay(req, res, overlapped.stored, { ageSeconds: overlapped.ageSeconds });
    // One capture per key at a time; a reader who waited in vain is answered by Next directly.
    if (!waited) this.capture(key, req, res, { encoding });
    pass();
  }

  /** The stored copy of `key` of whatever version, with its age, if within its own stale limit. */
  private copyWithinLimit(key: string): { stored: StoredResponse; ageSeconds: number } | undefined {
    const entry = this.entries.peek(key);
    if (!entry) return undefined;
    const limit = staleLimitMs(entry.stored.headers);
    const age = this.now() - entry.bornAt;
    if (limit === null || age < 0 || age > limit) return undefined;
    return { stored: entry.stored, ageSeconds: Math.floor(age / 1000) };
  }

  /**
   * Another reader's request for `key` that is rendering the current data now, if any: waiting for
   * it (up to `timeoutMs`) spares Next a burst of identical renders when a popular link's entry is
   * cold. Resolves to true when there was one (then the caller must not capture a second copy). A
   * render that started before the last write is not waited for: the request after a write renders.
   */
  async waitForInFlight(key: string, timeoutMs = 60_000): Promise<boolean> {
    const pending = this.inFlight.get(key);
    if (!pending || pending.version !== this.currentVersion()) return false;
    await Promise.race([pending.done, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    return true;
  }

  /**
   * Lets Next answer, keeping a copy of a complete 200 answer to replay later in the form
   * `encoding` (see storedForm), tagged with the data version and the time this render started.
   * The caller has set the request's Accept-Encoding to exactly that form, so that Next answers in
   * it (or uncompressed).
   */
  capture(key: string, req: IncomingMessage, res: ServerResponse, { encoding = "identity" }: { encoding?: StoredEncoding } = {}): void {
    if (req.method !== "GET") return; // a HEAD answer has no body to keep
    // Read before Next renders: the copy holds at least every write committed by now.
    const startVersion = this.currentVersion();
    const bornAt = this.now();
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    };
    res.setHeader("x-front-cache", "miss");
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as ServerResponse["end"];
    let done!: () => void;
    const render: Render = { version: startVersion, done: new Promise<void>((r) => (done = r)) };
    // A render of an older version still under way is replaced: it goes on, but nobody waits for it.
    this.inFlight.set(key, render);
    let settled = false;
    const settle = (complete: boolean) => {
      if (settled) return;
      settled = true;
      if (this.inFlight.get(key) === render) this.inFlight.delete(key);
      done();
      if (!complete) return;
      if (refusalToStore(req, { status: res.statusCode, headers: res.getHeaders() }) !== null) return;
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(name) && value !== undefined) headers[name] = value;
      void storedForm({ status: 200, headers, body: Buffer.concat(chunks) }, encoding).then((stored) => {
        // Kept even when a write overlapped the render (then stale from birth, by its tag), but
        // never over a copy whose render started later (renders can end out of order).
        const existing = this.entries.peek(key);
        if (stored && !(existing && existing.bornAt > bornAt)) this.entries.set(key, { stored, version: startVersion, bornAt });
      }, () => undefined); // a body that cannot be compressed is simply not kept
    };
    res.once("finish", () => settle(true));
    res.once("close", () => settle(res.writableFinished));
  }

  get size(): number {
    return this.entries.size;
  }
}
