/**
 * Runs before routing, as a first filter only; whether a session is valid, and the editor's role,
 * are checked on the server by every page, action and route (lib/auth-session.ts).
 *
 * 1. Malformed requests are refused everywhere (lib/http/request-guards.ts): an address whose
 *    percent-encoding does not decode (400), a page asked for anything but GET, HEAD or a server
 *    action's POST (405).
 * 2. Requests for the admin pages or the write API without a session cookie are turned away before
 *    any rendering.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { refuseRequest } from "@/lib/http/request-guards";

function isAdminPath(pathname: string): boolean {
  return /^\/admin(\/|$)/.test(pathname) || /^\/api\/v1\/admin(\/|$)/.test(pathname);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refusal = refuseRequest({
    method: request.method,
    pathname,
    nextAction: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
  });
  if (refusal) {
    return new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", ...(refusal.allow ? { allow: refusal.allow } : {}) },
    });
  }
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
  // Static build output never needs either check.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
