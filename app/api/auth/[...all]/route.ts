/**
 * better-auth's HTTP endpoints (sign-in, sign-out, session; admin account management needs an
 * admin's session). Public sign-up is disabled. Sign-in is rate limited per client IP.
 */
import { getAuth } from "@/lib/auth";

// The instance is created on the first request, never at build time.
export async function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
