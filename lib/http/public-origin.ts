/**
 * What the public origin of a request is (the scheme and host that absolute links, link previews
 * and the server-action origin check use), and which request headers may say so. One rule for the
 * whole app:
 *
 * - `SITE_URL`, when set, is the public origin, whatever a request says.
 * - Otherwise the request's `Host`, over the scheme the connection came on.
 * - Forwarding headers (`Forwarded`, `X-Forwarded-*`, `X-Real-IP`, `X-Host`, `X-Original-*`, ...)
 *   are believed only from a peer listed in `AUTH_TRUSTED_PROXIES`; from anyone else they are
 *   removed before the app sees the request (scripts/serve.ts applies `canonicalForwarding`), so no
 *   client can change what another reader receives through them.
 *
 * Pure: no I/O; `node:net`'s BlockList only parses and matches addresses.
 */
import { isIP } from "node:net";
import { normalizeAddress, parseTrustedProxies, type TrustedProxies } from "./client-address";

export type HeaderBag = Record<string, string | string[] | undefined>;

/** Request headers through which a client or a proxy names an origin, a client address or a rewritten path. */
const FORWARDING = [
  /^x-forwarded/, // -for, -host, -proto, -port, -server, -prefix, -ssl, -scheme, -uri, ...
  /^x-original-/, // -host, -url, -uri, -forwarded-for, ...
  /^forwarded$/,
  /^x-real-ip$/,
  /^x-host$/,
  /^x-http-host$/,
  /^x-rewrite-url$/,
  /^x-client-ip$/,
  /^client-ip$/,
  /^true-client-ip$/,
  /^cf-connecting-ip$/,
  /^fastly-client-ip$/,
  /^x-cluster-client-ip$/,
  /^x-proxyuser-ip$/,
  /^x-url-scheme$/,
  /^x-scheme$/,
  /^front-end-https$/,
  /^x-arr-ssl$/,
];

export function isForwardingHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return FORWARDING.some((re) => re.test(lower));
}

/** The peers whose forwarding headers are believed: AUTH_TRUSTED_PROXIES, read by the sign-in limit's parser. */
export { parseTrustedProxies };

/** Whether the socket's peer is one of the trusted proxies (IPv4-mapped IPv6 counts as IPv4). */
export function isTrustedPeer(trusted: TrustedProxies, peer: string | undefined): boolean {
  const address = normalizeAddress(peer);
  return address !== null && trusted.entries.length > 0 && trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

// host[:port] as allowed in a Host header: a DNS name or IPv4 address, or a bracketed IPv6 address.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `host` if it is a syntactically valid Host value, else null. */
export function validHost(host: string | null | undefined): string | null {
  return typeof host === "string" && host.length <= 255 && HOST.test(host) ? host.toLowerCase() : null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The last element of a comma-separated list header: the one the nearest (trusted) proxy added. */
function lastListed(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(",") : value;
  const items = (joined ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return items.at(-1);
}

/** host= and proto= of the last element of an RFC 7239 Forwarded header. */
function forwardedPair(value: string | string[] | undefined): { host?: string; proto?: string } {
  const element = lastListed(value);
  const out: { host?: string; proto?: string } = {};
  for (const pair of (element ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    const key = pair.slice(0, eq).trim().toLowerCase();
    const raw = pair.slice(eq + 1).trim();
    const v = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    if (key === "host") out.host = v;
    if (key === "proto") out.proto = v.toLowerCase();
  }
  return out;
}

export type Canonical = {
  /** The public host (the Host header the app sees). */
  host: string | null;
  /** "http" or "https". */
  proto: "http" | "https";
  /** X-Forwarded-For as the app sees it: the client's chain only through trusted proxies. */
  forwardedFor: string | undefined;
};

/**
 * The host, scheme and client chain the app must see for a request from `peer`. From a trusted
 * proxy: its `Forwarded` (host=, proto=) or else `X-Forwarded-Host`/`X-Forwarded-Proto` (last
 * value of each), falling back to Host and the connection's scheme; X-Forwarded-For keeps the
 * proxy's chain with the proxy appended. From anyone else: Host, the connection's scheme and the
 * peer's address, nothing the client claimed.
 */
export function canonicalForwarding(headers: HeaderBag, peer: string | undefined, peerTrusted: boolean, encrypted: boolean): Canonical {
  const ownProto = encrypted ? "https" : "http";
  const ownHost = validHost(first(headers.host));
  if (!peerTrusted) return { host: ownHost, proto: ownProto, forwardedFor: peer };
  const fwd = forwardedPair(headers.forwarded);
  const host = validHost(fwd.host ?? lastListed(headers["x-forwarded-host"])) ?? ownHost;
  const protoClaim = (fwd.proto ?? lastListed(headers["x-forwarded-proto"]))?.toLowerCase();
  const proto = protoClaim === "https" || protoClaim === "http" ? protoClaim : ownProto;
  const chain = lastListed(headers["x-forwarded-for"]) === undefined ? [] : [String(headers["x-forwarded-for"])];
  return { host, proto, forwardedFor: [...chain, peer].filter(Boolean).join(", ") || undefined };
}

/**
 * Rewrites `headers` in place to what the app may believe (see canonicalForwarding): every
 * forwarding header removed, then Host, X-Forwarded-Host, X-Forwarded-Proto and X-Forwarded-For
 * set from the canonical values (Next and the auth code read the X-Forwarded ones).
 */
export function applyCanonicalForwarding(headers: HeaderBag, canonical: Canonical): void {
  for (const name of Object.keys(headers)) if (isForwardingHeader(name)) delete headers[name];
  if (canonical.host !== null) {
    headers.host = canonical.host;
    headers["x-forwarded-host"] = canonical.host;
  } else {
    delete headers.host;
  }
  headers["x-forwarded-proto"] = canonical.proto;
  if (canonical.forwardedFor) headers["x-forwarded-for"] = canonical.forwardedFor;
}

/**
 * The public origin (`https://tracker.example`) for absolute URLs: SITE_URL's origin if it is set
 * (and valid), else the request's Host over `proto` ("https" only if exactly that). Null when
 * neither gives a valid origin.
 */
export function publicOrigin({ siteUrl, host, proto }: { siteUrl?: string | null; host?: string | null; proto?: string | null }): string | null {
  if (siteUrl) {
    try {
      const url = new URL(siteUrl);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // an invalid SITE_URL falls through to the request's host
    }
  }
  const h = validHost(host);
  if (h === null) return null;
  try {
    return new URL(`${proto === "https" ? "https" : "http"}://${h}`).origin;
  } catch {
    return null;
  }
}
