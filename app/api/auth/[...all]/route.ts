/**
 * better-auth's HTTP endpoints, limited to the allow-list of app/_lib/auth-route.ts (sign-in, sign-out,
 * session); everything else answers 404. Sign-in is rate limited per client address.
 */
import { getAuth } from "@/db/accounts/auth";
import { resolveTrustedProxies } from "@/db/accounts/auth-env";
import { handleAuthRequest } from "@/app/_lib/auth-route";

// The instance is created on the first request, never at build time.
export async function GET(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request, resolveTrustedProxies());
}

export async function POST(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request, resolveTrustedProxies());
}
