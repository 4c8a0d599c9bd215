/**
 * What the front server (scripts/serve.ts) refuses before a request reaches Next, because Next
 * cannot answer it:
 *
 * - A request target that is not a plain path (`//`, `//x`, `/\`, `*`, absolute-form
 *   `http://x/`, a malformed percent-encoding, more than 8 KiB): `new URL()` throws on several of
 *   these inside Next's and the cache's URL handling, which left the socket open for minutes.
 * - A method the app has no use for. TRACE, TRACK and CONNECT are forbidden by the Fetch
 *   standard, so Next's `new Request()` throws on them (a 500); WebDAV and other extension
 *   methods are nobody's business here either.
 */
import { isDecodablePath } from "./request-guards";

/** The methods some route of the app answers (others get 405 here). */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

export const MAX_TARGET_LENGTH = 8 * 1024;

export type FrontRefusal = { status: 400 | 405 | 414; message: string; allow?: string };

/** Why a request target is not a path the app can route, or null when it is. */
export function targetProblem(target: string | undefined): string | null {
  if (!target) return "the request has no target";
  if (!target.startsWith("/")) return "the target must be a path starting with / (no absolute URL, no *)";
  if (target.startsWith("//")) return "the path must not start with //";
  if (target.includes("\\")) return "the target contains a backslash";
  const query = target.indexOf("?");
  const pathname = query < 0 ? target : target.slice(0, query);
  if (!isDecodablePath(pathname)) return "the address contains a malformed percent-encoding";
  try {
    const url = new URL(target, "http://target.invalid");
    if (url.origin !== "http://target.invalid") return "the target names another host";
  } catch {
    return "the target is not a valid path";
  }
  return null;
}

/** The refusal for a request the front must answer itself, or null to pass it on. */
export function refuseAtFront(method: string | undefined, target: string | undefined): FrontRefusal | null {
  if (target !== undefined && target.length > MAX_TARGET_LENGTH) {
    return { status: 414, message: `URI too long: at most ${MAX_TARGET_LENGTH} characters.` };
  }
  const problem = targetProblem(target);
  if (problem) return { status: 400, message: `Bad request: ${problem}.` };
  const upper = (method ?? "").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(upper)) {
    return { status: 405, message: `Method not allowed: this server answers ${ALLOW_HEADER}.`, allow: ALLOW_HEADER };
  }
  return null;
}
