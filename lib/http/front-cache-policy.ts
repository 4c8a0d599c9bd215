/**
 * Whether the front cache (scripts/server/response-cache.ts) may keep an answer, decided from the
 * app's own response headers by RFC 9111's rules for a shared cache (http-cache-semantics), not by
 * the path alone: FRONT_CACHED_PATHS (response-cache-key.ts) only says which requests the front
 * looks at; the answer's Cache-Control, Vary and Set-Cookie say whether it may be stored.
 *
 * How long: until the data changes. Every answer of the app is a function of its URL, the day, the
 * stored encoding and the data; the front keys by the first three and knows the fourth (SQLite's
 * data_version), so each reuse is a revalidation against the data version, which is what
 * `max-age=0, must-revalidate` / `no-cache` ask for. Freshness lifetimes (max-age, s-maxage) are
 * for the caches that cannot see the data version: browsers, and nginx in front (issue 16).
 */
import CachePolicy from "http-cache-semantics";
import { keyCoversVary, type RequestHead } from "./response-cache-key";

export type AnswerHead = { status: number; headers: Record<string, string | string[] | number | undefined> };

function text(value: string | string[] | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

function lowerCased(headers: AnswerHead["headers"] | RequestHead["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const v = text(value);
    if (v !== undefined) out[name.toLowerCase()] = v;
  }
  return out;
}

/**
 * Why the front must not keep `answer` to `req`, or null when it may. Besides the standard's rules
 * (no `no-store` or `private`, no Authorization unless `public`, a method and status it understands)
 * the front keeps only complete 200s, nothing that sets a cookie (a personal answer, whatever its
 * Cache-Control says), and only answers whose Vary names headers its key already accounts for.
 */
export function refusalToStore(req: RequestHead, answer: AnswerHead): string | null {
  const resHeaders = lowerCased(answer.headers);
  if (answer.status !== 200) return `status ${answer.status}`;
  if (resHeaders["set-cookie"] !== undefined) return "sets a cookie";
  const policy = new CachePolicy(
    { method: req.method ?? "GET", url: req.url ?? "/", headers: lowerCased(req.headers) },
    { status: answer.status, headers: resHeaders },
    { shared: true },
  );
  if (!policy.storable()) return `not storable by a shared cache (Cache-Control: ${resHeaders["cache-control"] ?? "none"})`;
  const vary = (resHeaders.vary ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  const uncovered = vary.filter((h) => !keyCoversVary(h));
  if (uncovered.length > 0) return `varies on ${uncovered.join(", ")}, which the key does not cover`;
  return null;
}
