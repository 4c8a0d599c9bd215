/**
 * The production server: Next's request handler behind the front cache (scripts/server/response-cache.ts).
 *
 *   node dist/serve.js [-p PORT] [-H HOST]     (what `npm start` runs; compiled by `npm run build`,
 *                                               scripts/build-server.ts, so production needs no tsx)
 *
 * Anonymous readers of the public views get a stored copy of the last answer for the same URL,
 * day and encoding, as long as no write has happened since (checked on every request through
 * SQLite's data_version on a read-only connection of our own), or, while the first request after
 * a write renders it anew, the previous copy if it is at most s-maxage old (with an Age header);
 * everything else, and every miss, is Next (`next start` serves the same app without the front cache). Environment as for
 * `next start`: DATABASE_PATH, PORT, HOSTNAME; FRONT_CACHE=off disables the cache;
 * AUTH_TRUSTED_PROXIES lists the peers whose forwarding headers are believed (lib/http/public-origin.ts).
 * Every request gets an answer: targets that are not paths, methods the app has no use for and
 * any exception in the handler are answered here (lib/http/request-target.ts).
 */
import Database from "better-sqlite3";
import http from "node:http";
import type { Duplex } from "node:stream";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { parseReviewRequired } from "../lib/review/setting";
import { applyCanonicalForwarding, canonicalForwarding, isTrustedPeer, parseTrustedProxies } from "../lib/http/public-origin";
import { frontCacheKey, negotiatedEncoding, personalOrRouterRequest, refusesStoredEncodings } from "../lib/http/response-cache-key";
import { readDataRevision } from "../db/data-revision";
import { ALLOW_HEADER, refuseAtFront, type FrontRefusal } from "../lib/http/request-target";
import { answerNotModified, stampPublicAnswer } from "./server/public-validators";
import { ResponseCache, varyOnAcceptEncoding } from "./server/response-cache";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// As `next start`: the -H flag, else HOSTNAME, else every interface.
const hostname = typeof values.hostname === "string" ? values.hostname : process.env.HOSTNAME || undefined;
const dbFile = path.resolve(process.env.DATABASE_PATH || "data/tracker.db");

/** A short plain-text answer the front gives itself; the connection is closed after it. */
function answer(res: http.ServerResponse, refusal: Pick<FrontRefusal, "message" | "allow"> & { status: number }): void {
  res.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    connection: "close",
    ...(refusal.allow ? { allow: refusal.allow } : {}),
  });
  res.end(`${refusal.message}\n`);
}

/** The same, written on a raw socket (a request Node's HTTP layer does not hand to the handler). */
function answerOnSocket(socket: Duplex, status: number, reason: string, message: string, extra = ""): void {
  if (!socket.writable) return void socket.destroy();
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}connection: close\r\n\r\n${body}`,
  );
}

/** Whatever went wrong, the reader gets an answer (or a closed connection), never a hung socket. */
function failed(res: http.ServerResponse, err: unknown): void {
  console.error(`front: request failed: ${err instanceof Error ? err.message : String(err)}`);
  if (!res.headersSent) answer(res, { status: 500, message: "Internal error." });
  else res.destroy();
}

/**
 * The front's own read-only connection (opened lazily: `npm start` prepares the file first; the
 * front never writes), for the data version (the front cache's purge) and the dataset revision
 * (the public views' ETags). Null while the database cannot be opened.
 */
function frontConnection(): { version: () => string | null; revision: () => ReturnType<typeof readDataRevision> } {
  let sqlite: Database.Database | null = null;
  let probe: Database.Statement | null = null;
  const open = () => {
    sqlite ??= new Database(dbFile, { readonly: true, fileMustExist: true });
    return sqlite;
  };
  return {
    version: () => {
      try {
        probe ??= open().prepare("pragma data_version").pluck();
        return String(probe.get());
      } catch {
        probe = null;
        return null;
      }
    },
    revision: () => {
      try {
        return readDataRevision(open());
      } catch {
        return null; // cannot open the file: no validator, Next answers as it can
      }
    },
  };
}

async function main(): Promise<void> {
  // Peers whose forwarding headers are believed (the same list the sign-in limit uses for the client
  // IP); read inside main so that an unreadable list stops the start with its message, not a trace.
  const trustedProxies = parseTrustedProxies(process.env.AUTH_TRUSTED_PROXIES);
  // Checked at the start for the same reason: a mistyped value must not publish unreviewed changes.
  parseReviewRequired(process.env.REVIEW_REQUIRED);
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const probes = frontConnection();
  const version = probes.version;
  const cache = process.env.FRONT_CACHE === "off" ? null : new ResponseCache(() => version() ?? "unavailable");
  const today = () => new Date().toISOString().slice(0, 10);

  /** One request, from the front's own checks through the cache to Next. May throw: see the guard below. */
  const front = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const refusal = refuseAtFront(req.method, req.url);
    if (refusal) return answer(res, refusal);
    // What the app may believe about host, scheme and client: forwarding headers only from a
    // trusted proxy, set by us from the connection otherwise (lib/http/public-origin.ts).
    const peer = req.socket.remoteAddress;
    const canonical = canonicalForwarding(req.headers, peer, isTrustedPeer(trustedProxies, peer), false);
    if (canonical.host === null) return answer(res, { status: 400, message: "Bad request: missing or invalid Host header." });
    applyCanonicalForwarding(req.headers, canonical);
    const pass = () => void handle(req, res).catch((err: unknown) => failed(res, err));
    const encoding = negotiatedEncoding(req.headers);
    if ((req.method === "GET" || req.method === "HEAD") && encoding !== null && !personalOrRouterRequest(req.headers)) {
      // A reader's request: Next answers in exactly the negotiated form (its own compression would
      // otherwise pick deflate or br, which the front cache would replay to readers who never
      // asked for it, and which the ETag key would have to name), and a public answer gets the
      // dataset-revision ETag, or a 304 at once when the reader already holds it.
      req.headers["accept-encoding"] = encoding;
      const rev = probes.revision();
      const etagKey = { day: today(), origin: `${String(req.headers["x-forwarded-proto"] ?? "")}://${String(req.headers.host ?? "")}`, target: req.url ?? "/" };
      if (rev !== null && answerNotModified(req, res, rev, etagKey, encoding)) return;
      stampPublicAnswer(res, rev, etagKey, encoding);
    }
    if (!cache) return pass();
    if (refusesStoredEncodings(req)) {
      return answer(res, { status: 406, message: "Not acceptable: this answer is available as gzip or uncompressed (identity)." });
    }
    const key = frontCacheKey(req, today());
    if (key === null || encoding === null) return pass();
    varyOnAcceptEncoding(res);
    cache.respond(key, req, res, pass, { encoding }).catch((err: unknown) => failed(res, err));
  };

  const server = http.createServer((req, res) => {
    try {
      front(req, res);
    } catch (err) {
      failed(res, err);
    }
  });
  // Requests Node's parser refuses never reach the handler: answer them here, as Node would by
  // default, but with 405 for a method it does not know (TRACK, ...).
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === "HPE_INVALID_METHOD") return answerOnSocket(socket, 405, "Method Not Allowed", `Method not allowed: this server answers ${ALLOW_HEADER}.`, `allow: ${ALLOW_HEADER}\r\n`);
    if (err.code === "HPE_HEADER_OVERFLOW") return answerOnSocket(socket, 431, "Request Header Fields Too Large", "Request headers too large.");
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") return answerOnSocket(socket, 408, "Request Timeout", "Request timeout.");
    answerOnSocket(socket, 400, "Bad Request", "Bad request.");
  });
  // CONNECT is not a request for this app (Node would otherwise just drop the connection).
  server.on("connect", (_req: http.IncomingMessage, socket: Duplex) => {
    answerOnSocket(socket, 405, "Method Not Allowed", `Method not allowed: this server answers ${ALLOW_HEADER}.`, `allow: ${ALLOW_HEADER}\r\n`);
  });
  server.listen(port, hostname, () => {
    console.log(`Coalition Tracker on http://${hostname ?? "localhost"}:${port} (front cache ${cache ? "on" : "off"}, database ${dbFile})`);
  });
  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: closing`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error(`Cannot start the server: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
