/**
 * better-auth's HTTP endpoints, limited to the allow-list of lib/auth-route.ts (sign-in, sign-out,
 * session); everything else answers 404. Sign-in is rate limited per client address.
 */
import { getAuth } from "@/lib/auth";
import { resolveTrustedProxies } from "@/lib/auth-env";
import { handleAuthRequest } from "@/lib/auth-route";

// The instance is created on the first request, never at build time.
export async function GET(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request, resolveTrustedProxies());
}

export async function POST(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request, resolveTrustedProxies());
}
