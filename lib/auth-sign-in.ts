/**
 * Password sign-in and sign-out for the server actions of /admin/login (forms that work without
 * JavaScript). Sign-in is passed through better-auth's HTTP handler, not called as a function, so
 * that its per-IP rate limit applies exactly as it does to /api/auth/sign-in/email; the session
 * cookie it sets is then copied into this response.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies/utils";
import { getAuth } from "./auth";
import { resolveAuthUrl, resolveTrustedProxies } from "./auth-env";
import { CLIENT_ADDRESS_HEADER, clientAddressOfHeaders } from "./http/client-address";

export type SignInOutcome =
  | { ok: true }
  | { ok: false; reason: "credentials" | "disabled" | "unavailable" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** Signs in with email and password, setting the session cookie on success. */
export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const incoming = await headers();
  // Only the user agent is passed on from the browser's request; the client address is the one
  // the app resolves (lib/http/client-address.ts), so the rate limit and the session record see the
  // real client, never a header it sent.
  const forwarded = new Headers({ "content-type": "application/json" });
  const address = clientAddressOfHeaders(incoming, resolveTrustedProxies());
  if (address) forwarded.set(CLIENT_ADDRESS_HEADER, address);
  const agent = incoming.get("user-agent");
  if (agent) forwarded.set("user-agent", agent);
  const auth = getAuth();
  const url = new URL("/api/auth/sign-in/email", resolveAuthUrl());
  const response = await auth.handler(
    new Request(url, { method: "POST", headers: forwarded, body: JSON.stringify({ email, password, rememberMe: true }) }),
  );
  if (response.status === 429) {
    return { ok: false, reason: "rate-limited", retryAfterSeconds: Number(response.headers.get("x-retry-after")) || 60 };
  }
  if (response.status === 403) return { ok: false, reason: "disabled" };
  if (response.status === 400 || response.status === 401) return { ok: false, reason: "credentials" };
  if (!response.ok) {
    console.error(`Sign-in failed with status ${response.status}: ${await response.text()}`);
    return { ok: false, reason: "unavailable" };
  }
  const jar = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(response.headers.get("set-cookie") ?? "")) {
    jar.set(name, attributes.value, toCookieOptions(attributes));
  }
  return { ok: true };
}

/** Ends the current session (server side too) and clears its cookies. */
export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
}
