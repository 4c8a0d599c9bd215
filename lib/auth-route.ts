/**
 * Which of better-auth's HTTP endpoints the app exposes under /api/auth: an allow-list of exactly
 * what its clients call (scripts and the e2e helpers sign in and out over HTTP; a session can be
 * inspected). Everything else better-auth and its admin plugin serve (create-user, set-role,
 * set-user-password, update-user, change-email, list-sessions, ...) answers 404, because account
 * changes must go through the app's own audited code (/admin/users, db/accounts/verbs.ts), which
 * calls better-auth as functions, never over HTTP.
 */
import "server-only";
import type { Auth } from "./auth";
import { withClientAddress, type TrustedProxies } from "./http/client-address";

export const AUTH_BASE_PATH = "/api/auth";

/** Endpoint path (below /api/auth) → the methods allowed on it. Exact match, nothing else. */
export const ALLOWED_AUTH_ENDPOINTS: Readonly<Record<string, readonly string[]>> = {
  "/sign-in/email": ["POST"],
  "/sign-out": ["POST"],
  "/get-session": ["GET"],
};

/** Whether `method pathname` (the full request path) is one the app exposes. */
export function isAllowedAuthEndpoint(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  const endpoint = pathname.slice(AUTH_BASE_PATH.length);
  return Object.hasOwn(ALLOWED_AUTH_ENDPOINTS, endpoint) && ALLOWED_AUTH_ENDPOINTS[endpoint]!.includes(method.toUpperCase());
}

/**
 * Answers one /api/auth request: 404 unless allowed; otherwise better-auth's handler, given the
 * client address resolved by the app (its own header, never the client's).
 */
export async function handleAuthRequest(auth: Auth, request: Request, trusted: TrustedProxies): Promise<Response> {
  // The raw path, undecoded and unnormalised: a variant spelling (trailing slash, `//`, `%2F`,
  // case) is simply not on the list.
  if (!isAllowedAuthEndpoint(request.method, new URL(request.url).pathname)) {
    return Response.json({ error: "Not found." }, { status: 404 });
  }
  return auth.handler(new Request(request, { headers: withClientAddress(request.headers, trusted) }));
}
