/**
 * Requests refused before routing (proxy.ts), for two reasons:
 *
 * - An address whose percent-encoding does not decode (`/statements/%FF`): Next 16.4 answers such
 *   a request to a dynamic route with a bare 500 (vercel/next.js#92527: its route matcher throws,
 *   and the 400 page it then tries to render does not exist in an App Router app). Caught here, it
 *   gets the 400 it deserves.
 * - A page asked to do something other than show itself: pages take GET and HEAD, and POST only as
 *   a server action (the Next-Action header of a script-driven call, or the form body of a form
 *   submitted without JavaScript). Anything else gets 405 instead of the page being rendered as if
 *   it had been a GET. Files outside the API (`/icon.svg`, `/geo/*.json`) take GET and HEAD only.
 *   API routes answer for their own methods (Next gives 405 for the others).
 * - A server action called from another origin (403): Next 16 refuses it too, but with a 500. Any
 *   POST to a page (which can only be a server action) and any request with a Next-Action header
 *   must come from one of the app's own origins (the request's public origin, scheme and port
 *   included, or SITE_URL's): an `Origin` header naming another (or `null`, an opaque origin) is
 *   refused; without an Origin, a `Referer` naming another origin is refused; with neither (not a
 *   browser: every browser sends Origin on a POST) it passes, and the action's own session check
 *   decides.
 */

export type RequestFacts = {
  method: string;
  /** The path as it arrived, still percent-encoded. */
  pathname: string;
  nextAction: string | null;
  contentType: string | null;
  /** The request's Origin and Referer headers (absent: null or undefined). */
  origin?: string | null;
  referer?: string | null;
  /** The app's own origins for this request (lib/http/public-origin.ts publicOrigin, and SITE_URL's). */
  ownOrigins?: readonly string[];
};

export type Refusal = { status: 400 | 403 | 405; message: string; allow?: string };

const PAGE_METHODS = "GET, HEAD, POST";

/** Whether every segment of a raw path decodes as UTF-8 percent-encoding. */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

function isPagePath(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * A POST shaped like a server action: with JavaScript, a Next-Action header and the body Next's
 * client sends (text/plain encoded arguments, or multipart form data); without, a plain form post.
 * Any other body under a Next-Action header makes Next itself answer 500 while decoding it.
 */
function isActionPost(facts: RequestFacts): boolean {
  const type = mediaType(facts.contentType);
  if (facts.nextAction) return type === "text/plain" || type === "multipart/form-data";
  return FORM_TYPES.includes(type);
}

/** The origin (scheme://host[:port]) a header value names, or null for "null", garbage or a non-web scheme. */
function originOf(value: string): string | null {
  if (value.trim() === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether a server-action request comes from somewhere other than the app's own origins. */
export function isCrossOriginAction(facts: RequestFacts): boolean {
  const own = facts.ownOrigins ?? [];
  const claimed = facts.origin ?? facts.referer ?? null;
  if (claimed === null) return false; // not a browser (see the header comment)
  const origin = originOf(claimed);
  return origin === null || !own.includes(origin);
}

/** Why the request must be refused before routing, or null to let it through. */
export function refuseRequest(facts: RequestFacts): Refusal | null {
  if (!isDecodablePath(facts.pathname)) {
    return { status: 400, message: "Bad request: the address contains a malformed percent-encoding (e.g. %FF or a lone %)." };
  }
  const actionLike = facts.nextAction !== null || (isPagePath(facts.pathname) && facts.method.toUpperCase() === "POST");
  if (actionLike && facts.method.toUpperCase() !== "GET" && facts.method.toUpperCase() !== "HEAD" && isCrossOriginAction(facts)) {
    return { status: 403, message: "Forbidden: a form or server action of this site may only be submitted from this site." };
  }
  if (!isPagePath(facts.pathname)) return null;
  const method = facts.method.toUpperCase();
  if (method === "GET" || method === "HEAD") return null;
  if (/\.[a-z0-9]+$/i.test(facts.pathname)) {
    return { status: 405, message: "Method not allowed: files answer GET and HEAD.", allow: "GET, HEAD" };
  }
  if (method === "POST" && isActionPost(facts)) return null;
  if (method === "POST" && facts.nextAction) {
    return { status: 400, message: "Bad request: a server action takes a text/plain or form body." };
  }
  return { status: 405, message: `Method not allowed: pages answer ${PAGE_METHODS} (POST only for forms).`, allow: PAGE_METHODS };
}
