/**
 * The HTTP security headers of every response, in one place (next.config.ts `headers()` applies
 * them; tests/lib/http/security-headers.test.ts and e2e/security-headers.e2e.ts check them).
 *
 * The Content-Security-Policy is static, not a per-request nonce: a nonce forces every public page
 * to render per request, which costs more than half the throughput here (see the README's load
 * figures). Without a nonce, Next 16's production pages need `'unsafe-inline'` in `script-src`:
 * each page carries inline `<script>` tags with its React Server Components payload
 * (`self.__next_f.push(...)`), whose content changes with the data, so hashes cannot be listed
 * ahead of time either. What keeps injected markup inert is React's escaping of all text (nothing
 * here uses dangerouslySetInnerHTML) and links only for http(s) URLs (lib/format/format.ts safeHttpUrl);
 * the policy adds what it still can:
 *   - `script-src-attr 'none'`: inline event handlers (`<img onerror=...>`) never run, even if
 *     markup were ever injected; React attaches its handlers with JavaScript, not attributes;
 *   - no `'unsafe-eval'` outside development (React's dev build evaluates code for call stacks);
 *   - scripts, styles, fonts, images and connections only from this origin (and data:/blob: images,
 *     which Leaflet uses, plus the map's tile server if NEXT_PUBLIC_TILE_URL names one); no plugins (`object-src 'none'`); `<base>` and form
 *     targets pinned to this origin;
 *   - `style-src 'unsafe-inline'`: Leaflet and React set inline styles (positions, swatch colours).
 * Framing is refused everywhere (`frame-ancestors 'none'` and X-Frame-Options) except under
 * EMBED_PATH_PREFIX, where an embeddable view may live.
 */

export type HeaderEntry = { key: string; value: string };
export type HeaderRule = { source: string; headers: HeaderEntry[] };

/** Pages under this prefix may be framed by other sites (an embeddable chart or map). */
export const EMBED_PATH_PREFIX = "/embed";

type PolicyOptions = {
  dev?: boolean;
  frameable?: boolean;
  /** Extra origins images may come from (the map's tile server, when one is configured). */
  imageSources?: string[];
};

/**
 * The CSP source for a Leaflet tile URL template (`https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * gives `https://*.tile.example.org`), or null when there is none or it is not an https/http URL.
 */
export function tileImageSource(template: string | undefined): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replace("{s}", "subdomain-wildcard").replace(/\{[a-z]+\}/gi, "0"));
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return `${url.protocol}//${url.host.replace("subdomain-wildcard", "*")}`;
  } catch {
    return null;
  }
}

/** The Content-Security-Policy value; `dev` adds only what `next dev` needs ('unsafe-eval', websocket). */
export function contentSecurityPolicy({ dev = false, frameable = false, imageSources = [] }: PolicyOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["script-src-attr", "'none'"],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...imageSources],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(dev ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", frameable ? "*" : "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Every security header for one response. */
export function securityHeaders(options: PolicyOptions = {}): HeaderEntry[] {
  const frameable = options.frameable ?? false;
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Sources are cited as outbound links; they learn our origin, never the page or its query.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ...(frameable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore it over plain http (local runs); behind TLS it keeps readers on https.
    { key: "Strict-Transport-Security", value: "max-age=63072000" },
  ];
}

/**
 * The rules for next.config.ts `headers()`: one for everything outside the embed prefix and one
 * for it, with sources that never both match a path (a later rule would otherwise only override
 * keys, and X-Frame-Options cannot be overridden into "allow").
 */
export function securityHeaderRules(options: Omit<PolicyOptions, "frameable"> = {}): HeaderRule[] {
  const prefix = EMBED_PATH_PREFIX.slice(1);
  return [
    { source: `/((?!${prefix}(?:/|$)).*)`, headers: securityHeaders(options) },
    { source: `${EMBED_PATH_PREFIX}/:path*`, headers: securityHeaders({ ...options, frameable: true }) },
  ];
}
