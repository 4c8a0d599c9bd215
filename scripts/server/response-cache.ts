/**
 * The front cache: complete HTTP responses of the public views (see lib/http/response-cache-key.ts),
 * captured as Next sends them and replayed to the next readers of the same URL without entering
 * Next at all. Next's request pipeline costs several times what serving a static file does, so a
 * link shared to thousands of readers is answered at static-file speed this way.
 *
 * Freshness: every entry belongs to one version of the data (`version()`, SQLite's data_version
 * on the front's own read-only connection, which changes on any commit by any other connection:
 * the app's own writes and other processes alike). A lookup first compares versions and drops the
 * whole cache when the data changed, so an edit is visible on the very next request. A response
 * whose rendering overlapped a write is not stored.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LruCache } from "@/lib/cache/lru-cache";
import type { StoredEncoding } from "@/lib/http/response-cache-key";

export type StoredResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

const gzipAsync = promisify(gzip);

function headerText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value.join(", ");
  return typeof value === "number" ? String(value) : undefined;
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
  private readonly entries: LruCache<StoredResponse>;
  private version: string | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly currentVersion: () => string,
    { maxEntries = 1000, maxBytes = 128 * 1024 * 1024 } = {},
  ) {
    this.entries = new LruCache(maxEntries, maxBytes, (r) => r.body.length);
  }

  /** The stored response for `key` if it belongs to the current version of the data. */
  lookup(key: string): StoredResponse | undefined {
    const now = this.currentVersion();
    if (now !== this.version) {
      this.entries.clear();
      this.version = now;
    }
    return this.entries.get(key);
  }

  /** Writes a stored response (or a 304 when the reader already holds it). */
  static replay(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): void {
    if (ifNoneMatchHits(req, stored.headers.etag)) {
      const { etag, "cache-control": cacheControl, vary } = stored.headers;
      res.writeHead(304, { ...(etag ? { etag } : {}), ...(cacheControl ? { "cache-control": cacheControl } : {}), ...(vary ? { vary } : {}), "x-front-cache": "hit" });
      res.end();
      return;
    }
    res.writeHead(stored.status, { ...stored.headers, "content-length": stored.body.length, "x-front-cache": "hit" });
    res.end(req.method === "HEAD" ? undefined : stored.body);
  }

  /**
   * Another reader's request for `key` that is being rendered now, if any: waiting for it (up to
   * `timeoutMs`) spares Next a burst of identical renders when a popular link's entry is cold.
   * Resolves to true when there was one (then the caller must not capture a second copy).
   */
  async waitForInFlight(key: string, timeoutMs = 60_000): Promise<boolean> {
    const pending = this.inFlight.get(key);
    if (!pending) return false;
    await Promise.race([pending, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    return true;
  }

  /**
   * Lets Next answer, keeping a copy of a complete 200 answer to replay later in the form
   * `encoding` (see storedForm). The caller has set the request's Accept-Encoding to exactly that
   * form, so that Next answers in it (or uncompressed).
   */
  capture(key: string, req: IncomingMessage, res: ServerResponse, { encoding = "identity" }: { encoding?: StoredEncoding } = {}): void {
    if (req.method !== "GET") return; // a HEAD answer has no body to keep
    const startVersion = this.version;
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
    this.inFlight.set(key, new Promise<void>((r) => (done = r)));
    let settled = false;
    const settle = (complete: boolean) => {
      if (settled) return;
      settled = true;
      this.inFlight.delete(key);
      done();
      if (!complete || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
      // Only if no write happened while it was rendered (the entry would show the old data).
      if (startVersion === null || this.currentVersion() !== startVersion || this.version !== startVersion) return;
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(name) && value !== undefined) headers[name] = value;
      void storedForm({ status: 200, headers, body: Buffer.concat(chunks) }, encoding).then((stored) => {
        // Still the data it was rendered from (compression takes a moment for large answers).
        if (stored && this.version === startVersion && this.currentVersion() === startVersion) this.entries.set(key, stored);
      }, () => undefined); // a body that cannot be compressed is simply not kept
    };
    res.once("finish", () => settle(true));
    res.once("close", () => settle(res.writableFinished));
  }

  get size(): number {
    return this.entries.size;
  }
}
