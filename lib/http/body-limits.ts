/**
 * Every request-body and file size limit of the tracker, in one place, one limit per path:
 *
 * | path                                   | limit    | enforced by                                      |
 * | -------------------------------------- | -------- | ------------------------------------------------ |
 * | `POST /api/v1/admin/import` (CSV)      | 20 MiB   | the route, on the raw body (never proxied)       |
 * | browser import (`/admin/import` file)  | 4 MiB    | the form before posting, and the server action   |
 * | any form post (server action body)     | 5 MiB    | proxy.ts, and Next (`serverActions.bodySizeLimit`) |
 * | JSON write API bodies, other API posts | 1 MiB    | proxy.ts, and the route on the raw body          |
 * | "Suggest a correction" (public pages)  | 32 KiB   | proxy.ts (the pages' only form), signed out      |
 * | `npm run db:import` (CLI file)         | 100 MiB  | the script, from the file's size before reading  |
 *
 * Next buffers every body that passes through proxy.ts and keeps only its first
 * `proxyClientMaxBodySize` bytes, silently (a warning in the log). That buffer is set above every
 * proxied path's limit, so a body cut short there is still over its path's limit and refused; the
 * CSV import API, whose limit is larger, is left out of the proxy's matcher altogether.
 *
 * Pure and import-free: used by proxy.ts, the routes, next.config.ts, the CLI and the browser form.
 */
const KiB = 1024;
const MiB = 1024 * KiB;

export const API_IMPORT_MAX_BYTES = 20 * MiB;
export const BROWSER_IMPORT_MAX_FILE_BYTES = 4 * MiB;
/** A form post carries the file plus multipart framing and the other fields: 1 MiB of room. */
export const FORM_POST_MAX_BYTES = 5 * MiB;
export const JSON_BODY_MAX_BYTES = 1 * MiB;
/**
 * A post to a statement or country page: its one form is the public "Suggest a correction" (the
 * app's only write without a session). 2,000 characters of text (up to 8,000 bytes in UTF-8), a URL
 * of 2,000, an e-mail, and the framing and previous state a script-driven action adds: 32 KiB is room
 * enough, and keeps an anonymous visitor from making the server buffer megabytes.
 */
export const CORRECTION_POST_MAX_BYTES = 32 * KiB;
/** Any CSV file, checked again by db/statements/import-check.ts; the CLI's limit (it reads files from disk). */
export const CLI_IMPORT_MAX_BYTES = 100 * MiB;
/** Next's proxied-body buffer (`experimental.proxyClientMaxBodySize`): above every proxied limit. */
export const PROXY_BUFFER_BYTES = 8 * MiB;

/** The one path whose body the proxy never sees (proxy.ts's matcher leaves it out). */
export const API_IMPORT_PATH = "/api/v1/admin/import";

/** "20 MiB", "512 KiB", "17 bytes". */
export function formatBytes(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= KiB && n % KiB === 0) return `${n / KiB} KiB`;
  return `${n} bytes`;
}

export type BodyLimit = { bytes: number; what: string };

/** The body limit of a request to `pathname` (as it arrived). */
export function bodyLimitFor(pathname: string): BodyLimit {
  if (pathname === API_IMPORT_PATH) return { bytes: API_IMPORT_MAX_BYTES, what: "A CSV import through the API" };
  if (pathname.startsWith("/api/")) return { bytes: JSON_BODY_MAX_BYTES, what: "A request body to the API" };
  if (/^\/(statements\/[^/]+|countries\/[^/]+)\/?$/.test(pathname)) return { bytes: CORRECTION_POST_MAX_BYTES, what: "A suggested correction" };
  return { bytes: FORM_POST_MAX_BYTES, what: "A form submission" };
}

/** The 413 message naming the limit. */
export function tooLargeMessage(limit: BodyLimit): string {
  return `${limit.what} is limited to ${formatBytes(limit.bytes)} (${limit.bytes} bytes); this one is larger, and nothing was read or saved.`;
}

/** The browser import's refusal of a file of `size` bytes (the form's and the server action's). */
export function browserImportTooLarge(size: number): string {
  const max = BROWSER_IMPORT_MAX_FILE_BYTES;
  return `the file is ${size} bytes; at most ${formatBytes(max)} (${max} bytes) in the browser import. Split it, or use npm run db:import or the import API`;
}

/** Whether a Content-Length header (if any) already says the body is over `limit` bytes. */
export function declaredOver(contentLength: string | null, limit: number): boolean {
  if (contentLength === null) return false;
  const n = Number(contentLength.trim());
  return !Number.isFinite(n) || n > limit;
}

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false };

/**
 * Reads a whole body of at most `limit` bytes, counting what actually arrives (a chunked body has
 * no Content-Length, and a declared length may lie). Stops reading at the first byte over.
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<CappedBody> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
