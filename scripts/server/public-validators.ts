/**
 * Validators for the public views, given by the production server (scripts/serve.ts) in front of
 * Next, which cannot set an ETag on a streamed page: every anonymous answer that says the public
 * views' Cache-Control (lib/http/cache-control.ts) gets a strong ETag from the dataset revision
 * and its representation key (lib/http/revision-etag.ts) and a Vary that keeps an editor's
 * requests apart; a reader (or nginx revalidating) that already holds the current ETag gets a 304
 * before anything is rendered. The revision is read before Next renders: if a write lands during
 * the render, the ETag names the older revision, so the next revalidation fetches again (never
 * the reverse, which would pin old bytes to a new ETag).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { PUBLIC_VIEW_CACHE_CONTROL, PUBLIC_VIEW_VARY, readerCacheControl } from "@/lib/http/cache-control";
import { ifNoneMatchMatches, revisionEtag, type DataRevision, type RepresentationKey } from "@/lib/http/revision-etag";

type KeyWithoutEncoding = Omit<RepresentationKey, "encoding">;

/**
 * What a public page's answer says about caching: a page frozen at a past `known` can never change
 * (every table it reads is bitemporal), so it is immutable (readerCacheControl, which knows the
 * views that follow the clock); Next's header rules (next.config.ts) cannot compare `known` with
 * the clock, so it is decided here, per request.
 */
function publicPageCacheControl(target: string): string {
  return readerCacheControl(target);
}

function headerText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(String).join(", ");
  return typeof value === "number" ? String(value) : undefined;
}

/** `vary` with `names` added (case-insensitively), or unchanged when it already names them or `*`. */
export function varyWith(vary: string | undefined, names: readonly string[]): string {
  const listed = (vary ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  if (listed.includes("*")) return "*";
  const lower = new Set(listed.map((h) => h.toLowerCase()));
  return [...listed, ...names.filter((n) => !lower.has(n.toLowerCase()))].join(", ");
}

/**
 * A 304 for a reader whose If-None-Match names the ETag this request would get now. The key names
 * the form negotiated for the request (gzip or identity: serve.ts has made Accept-Encoding exactly
 * that), not the Content-Encoding Next then picks: Next's choice (an image or a small body stays
 * uncompressed) follows from the request and the bytes, so one negotiated form is one representation.
 * `*` does not count here: whether the URL names a view at all is only known by rendering it.
 * Returns true when it answered.
 */
export function answerNotModified(req: IncomingMessage, res: ServerResponse, rev: DataRevision, key: KeyWithoutEncoding, encoding: string): boolean {
  const header = headerText(req.headers["if-none-match"]);
  if (!header) return false;
  const tag = revisionEtag(rev, { ...key, encoding });
  if (!ifNoneMatchMatches(header, [tag], { star: false })) return false;
  // RFC 9110 15.4.5: what the 200 would have said about caching.
  res.writeHead(304, { etag: tag, "cache-control": publicPageCacheControl(key.target), vary: varyWith(undefined, PUBLIC_VIEW_VARY) });
  res.end();
  return true;
}

/**
 * Adds the ETag (unless the route set its own, as the read API does) and the public Vary to
 * Next's answer when, as it is sent, it is a 200 with the public views' Cache-Control.
 */
export function stampPublicAnswer(res: ServerResponse, rev: DataRevision | null, key: KeyWithoutEncoding, encoding: string): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  // Node's implicit header flush calls this.writeHead too, so this sees every answer.
  res.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (!res.headersSent && headerText(res.getHeader("cache-control")) === PUBLIC_VIEW_CACHE_CONTROL) {
      res.setHeader("vary", varyWith(headerText(res.getHeader("vary")), PUBLIC_VIEW_VARY));
      if (status === 200 && rev !== null && res.getHeader("etag") === undefined) {
        res.setHeader("etag", revisionEtag(rev, { ...key, encoding }));
      }
      if (status === 200) res.setHeader("cache-control", publicPageCacheControl(key.target));
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}
