/**
 * Runs before routing, as a first filter only; whether a session is valid, and the editor's role,
 * are checked on the server by every page, action and route (app/_lib/session.ts).
 *
 * 1. Malformed requests are refused everywhere (lib/http/request-guards.ts): an address whose
 *    percent-encoding does not decode (400), a page asked for anything but GET, HEAD or a server
 *    action's POST (405), a server action from another origin (403).
 * 2. A body over its path's limit (lib/http/body-limits.ts) is refused with 413 naming the limit: from
 *    its Content-Length, or, for a chunked body, by counting it. Next buffers what passes through
 *    here only up to `proxyClientMaxBodySize` (next.config.ts), cutting the rest silently; that
 *    buffer is above every limit checked here, and the CSV import API (a larger limit) is left out
 *    of the matcher so that its body never passes through here at all (the route checks it).
 * 3. Requests for the admin pages or the write API without a session cookie are turned away before
 *    any rendering.
 * 4. Every answer passing through here whose path is not exactly an embeddable view gets the
 *    headers that refuse framing again (lib/http/security-headers.ts): next.config.ts matches its
 *    header sources without regard to case or a trailing slash, so `/EMBED/map` would otherwise
 *    be framable. Headers set here override those of next.config.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { bodyLimitFor, declaredOver, readCapped, tooLargeMessage } from "@/lib/http/body-limits";
import { refuseRequest } from "@/lib/http/request-guards";
import { publicOrigin } from "@/lib/http/public-origin";
import { isFrameablePath, strictFramingHeaders, tileImageSource } from "@/lib/http/security-headers";

// The same options as next.config.ts gives its header rules (NEXT_PUBLIC_ values are read at build time).
const STRICT_FRAMING = strictFramingHeaders({
  dev: process.env.NODE_ENV === "development",
  imageSources: [tileImageSource(process.env.NEXT_PUBLIC_TILE_URL)].filter((s) => s !== null),
});

/**
 * The origins a form or server action of this app may be submitted from: the request's own public
 * origin (Host and scheme, as scripts/serve.ts has made them trustworthy; X-Forwarded-Host is what
 * Next itself compares) and SITE_URL's.
 */
function ownOrigins(request: NextRequest): string[] {
  const h = request.headers;
  const proto = h.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  const own = publicOrigin({ host: h.get("x-forwarded-host") ?? h.get("host"), proto });
  const site = publicOrigin({ siteUrl: process.env.SITE_URL });
  return [own, site].filter((o): o is string => o !== null);
}

function isAdminPath(pathname: string): boolean {
  return /^\/admin(\/|$)/.test(pathname) || /^\/api\/v1\/admin(\/|$)/.test(pathname);
}

/** The 413 for a body over its path's limit, or null. */
async function refuseLargeBody(request: NextRequest): Promise<Response | null> {
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) return null;
  const limit = bodyLimitFor(request.nextUrl.pathname);
  const declared = request.headers.get("content-length");
  // The body read here is Next's copy for the proxy; the route still gets its own.
  const over = declared !== null ? declaredOver(declared, limit.bytes) : !(await readCapped(request.body, limit.bytes)).ok;
  if (!over) return null;
  const message = tooLargeMessage(limit);
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: message, limitBytes: limit.bytes }, { status: 413 });
  return new NextResponse(`${message}\n`, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function proxy(request: NextRequest): Promise<Response> {
  const response = await route(request);
  if (!isFrameablePath(request.nextUrl.pathname)) for (const { key, value } of STRICT_FRAMING) response.headers.set(key, value);
  return response;
}

async function route(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const refusal = refuseRequest({
    method: request.method,
    pathname,
    nextAction: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
    origin: request.headers.get("origin"),
    referer: request.headers.get("referer"),
    ownOrigins: ownOrigins(request),
  });
  if (refusal) {
    return new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", ...(refusal.allow ? { allow: refusal.allow } : {}) },
    });
  }
  const tooLarge = await refuseLargeBody(request);
  if (tooLarge) return tooLarge;
  if (!isAdminPath(pathname)) return NextResponse.next();

  if (pathname === "/admin/login" || getSessionCookie(request)) return NextResponse.next();
  // A server action called by the page's JavaScript gets its answer from the action itself
  // (requireEditor redirects to sign-in in a way the client router follows).
  if (request.headers.has("next-action")) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first: this endpoint needs an editor's session." }, { status: 401 });
  }
  const login = new URL("/admin/login", request.url);
  login.search = "";
  if (request.method === "GET") login.searchParams.set("next", `${pathname}${search}`);
  // 303 turns a signed-out form submission into a plain GET of the sign-in page.
  return NextResponse.redirect(login, request.method === "GET" ? 307 : 303);
}

export const config = {
  // Static build output never needs these checks. The CSV import API is left out so that Next does
  // not buffer (and cut at proxyClientMaxBodySize) its body: the route checks its session and its
  // body's size itself (app/api/v1/admin/import/route.ts).
  matcher: ["/((?!_next/static|_next/image|api/v1/admin/import$).*)"],
};
