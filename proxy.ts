import { NextResponse, type NextRequest } from "next/server";
import { refuseRequest } from "@/lib/request-guards";

/**
 * Runs before routing. It only refuses malformed requests (see lib/request-guards.ts); it is not
 * where access is decided: every write checks its session itself.
 */
export function proxy(request: NextRequest) {
  const refusal = refuseRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    nextAction: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
  });
  if (!refusal) return NextResponse.next();
  return new NextResponse(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { "content-type": "text/plain; charset=utf-8", ...(refusal.allow ? { allow: refusal.allow } : {}) },
  });
}

export const config = {
  // Static build output never needs either check.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
