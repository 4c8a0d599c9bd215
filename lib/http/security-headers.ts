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
 * Framing is refused everywhere (`frame-ancestors 'none'` and X-Frame-Options) except on the
 * embeddable views (EMBED_PATHS, app/embed), which any site may frame.
 */

export type HeaderEntry = { key: string; value: string };
export type HeaderRule = { source: string; headers: HeaderEntry[] };

/** Where the embeddable views live (app/embed). */
export const EMBED_PATH_PREFIX = "/embed";

/**
 * The embeddable views, the only paths any site may frame: exact, lower-case paths. Next matches
 * header sources case-insensitively and with an optional trailing slash, so the rules below alone
 * would also relax `/EMBED/map` or `/embed/map/`; proxy.ts puts the strict framing headers back on
 * every answer whose path is not exactly one of these (isFrameablePath).
 */
export const EMBED_PATHS = ["/embed/map", "/embed/chart/coalition", "/embed/chart/contributions"] as const;

/** Whether an answer for this (already normalised, still percent-encoded) pathname may be framed. */
export function isFrameablePath(pathname: string): boolean {
  return (EMBED_PATHS as readonly string[]).includes(pathname);
}

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

/** The headers that refuse framing, which proxy.ts sets again on every answer that may not be framed. */
export function strictFramingHeaders(options: Omit<PolicyOptions, "frameable"> = {}): HeaderEntry[] {
  return securityHeaders(options).filter((h) => h.key === "Content-Security-Policy" || h.key === "X-Frame-Options");
}

/**
 * The rules for next.config.ts `headers()`: one for everything but the embeddable views and one
 * for them, with sources that never both match a path (a later rule would otherwise only override
 * keys, and X-Frame-Options cannot be overridden into "allow").
 */
export function securityHeaderRules(options: Omit<PolicyOptions, "frameable"> = {}): HeaderRule[] {
  const alternatives = EMBED_PATHS.map((p) => p.slice(1)).join("|");
  return [
    { source: `/((?!(?:${alternatives})/?$).*)`, headers: securityHeaders(options) },
    ...EMBED_PATHS.map((source) => ({ source, headers: securityHeaders({ ...options, frameable: true }) })),
  ];
}
