/**
 * A first filter only: requests for the admin pages or write API without a session cookie are
 * turned away before any rendering. Whether the session is valid, and the editor's role, are
 * checked on the server by every page, action and route (lib/auth-session.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

export const config = { matcher: ["/admin/:path*", "/api/v1/admin/:path*"] };
