/**
 * The production server: Next's request handler behind the front cache (scripts/server/response-cache.ts).
 *
 *   node --import tsx scripts/serve.ts [-p PORT] [-H HOST]     (what `npm start` runs)
 *
 * Anonymous readers of the public views get a stored copy of the last answer for the same URL,
 * day and encoding, as long as no write has happened since (checked on every request through
 * SQLite's data_version on a read-only connection of our own); everything else, and every miss,
 * is Next (`next start` serves the same app without the front cache). Environment as for
 * `next start`: DATABASE_PATH, PORT; FRONT_CACHE=off disables the cache.
 */
import Database from "better-sqlite3";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { acceptsGzip, frontCacheKey } from "../lib/response-cache-key";
import { ResponseCache } from "./server/response-cache";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = typeof values.hostname === "string" ? values.hostname : undefined;
const dbFile = path.resolve(process.env.DATABASE_PATH || "data/tracker.db");

/** The data version as the front sees it, or null while the database cannot be opened. */
function versionProbe(): () => string | null {
  let probe: Database.Statement | null = null;
  return () => {
    try {
      // Opened lazily and read-only: `npm start` prepares the file first; the front never writes.
      probe ??= new Database(dbFile, { readonly: true, fileMustExist: true }).prepare("pragma data_version").pluck();
      return String(probe.get());
    } catch {
      probe = null;
      return null;
    }
  };
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const version = versionProbe();
  const cache = process.env.FRONT_CACHE === "off" ? null : new ResponseCache(() => version() ?? "unavailable");
  const today = () => new Date().toISOString().slice(0, 10);

  const server = http.createServer((req, res) => {
    const key = cache ? frontCacheKey(req, today()) : null;
    if (!cache || key === null) return void handle(req, res);
    const hit = cache.lookup(key);
    if (hit) return ResponseCache.replay(req, res, hit);
    void cache.waitForInFlight(key).then((waited) => {
      const late = cache.lookup(key);
      if (late) return ResponseCache.replay(req, res, late);
      // One capture per key at a time; a reader who waited in vain is answered by Next directly.
      if (!waited) cache.capture(key, req, res, { acceptsGzip: acceptsGzip(req.headers) });
      void handle(req, res);
    });
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
