/**
 * Who the client is, for the sign-in rate limit and the session record. A request header is a
 * claim by whoever sent it, so only two things are believed:
 *
 * - the socket's peer, which cannot be forged over TCP;
 * - entries of `X-Forwarded-For` that a *trusted* proxy (AUTH_TRUSTED_PROXIES) appended: walking
 *   the chain from the right, every hop is skipped while it is a trusted proxy, and the first
 *   address that is not is the client. Anything left of it was written by the client itself.
 *
 * Other headers (`Forwarded`, `X-Real-IP`, `CF-Connecting-IP`, `True-Client-IP`, ...) are never read:
 * nothing in front of the app promises to set or strip them.
 */
import { BlockList, isIP } from "node:net";

/** The header the app hands its resolved client address to better-auth in (set by the app only). */
export const CLIENT_ADDRESS_HEADER = "x-tracker-client-address";

export type TrustedProxies = { readonly list: BlockList; readonly entries: readonly string[] };

/**
 * One address as it appears in a socket or a forwarded chain, in canonical form: no port, no
 * brackets, no zone, IPv4-mapped IPv6 as plain IPv4, lower case. Null when it is not an address.
 */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[0-9.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%[0-9a-z_.-]+$/i, "").toLowerCase();
  const family = isIP(s);
  if (family === 0) return null;
  if (family === 4) return s;
  // The URL parser writes IPv6 in its one canonical (compressed) form, so that every spelling of an
  // address is one rate-limit key; an IPv4-mapped address is the IPv4 client it stands for.
  const canonical = new URL(`http://[${s}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/**
 * Parses AUTH_TRUSTED_PROXIES: addresses or CIDR ranges (`10.0.0.0/8`, `fd00::/8`), separated by
 * commas or spaces. Empty or unset: no proxy is trusted.
 * @throws Error naming the entry that is neither an address nor a range.
 */
export function parseTrustedProxies(value: string | undefined | null): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const slash = entry.indexOf("/");
    const address = normalizeAddress(slash === -1 ? entry : entry.slice(0, slash));
    const prefixText = slash === -1 ? null : entry.slice(slash + 1);
    const family = address === null ? 0 : isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const prefix = prefixText === null ? maxPrefix : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (address === null || !(prefix >= 0 && prefix <= maxPrefix)) {
      throw new Error(`AUTH_TRUSTED_PROXIES: '${entry}' is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8)`);
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { list, entries };
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  return trusted.entries.length > 0 && trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the peer itself unless the peer is a trusted proxy, and then the right-most
 * address of the forwarded chain that is not a trusted proxy. A malformed entry ends the walk at the
 * last trusted hop (never at something a client could vary per request). Null when the peer is not
 * an address at all.
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: readonly string[], trusted: TrustedProxies): string | null {
  let hop = normalizeAddress(peer);
  if (hop === null || !isTrusted(hop, trusted)) return hop;
  for (let i = forwardedFor.length - 1; i >= 0; i--) {
    const next = normalizeAddress(forwardedFor[i]);
    if (next === null) return hop;
    if (!isTrusted(next, trusted)) return next;
    hop = next;
  }
  return hop;
}

/** The entries of every X-Forwarded-For header of `headers`, left to right. */
export function forwardedChain(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * The client address of a request as the app's Next handlers see it. The server in front (scripts/
 * serve.ts, or `next start` itself) has the socket; what reaches Next is `X-Forwarded-For` whose
 * LAST entry is that socket's peer: serve.ts sets it to the peer alone for an untrusted peer (a
 * client's own value discarded) and appends the peer for a trusted one. So the last entry is the
 * peer and the entries before it are the chain its proxies wrote.
 */
export function clientAddressOfHeaders(headers: Headers, trusted: TrustedProxies): string | null {
  const chain = forwardedChain(headers);
  const peer = chain.pop();
  return clientAddress(peer, chain, trusted);
}

/**
 * Headers to pass to better-auth: the client's own `x-tracker-client-address` (if it sent one) is
 * dropped and replaced by the address resolved here, the only header better-auth reads it from.
 */
export function withClientAddress(headers: Headers, trusted: TrustedProxies): Headers {
  const out = new Headers(headers);
  out.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddressOfHeaders(headers, trusted);
  if (address) out.set(CLIENT_ADDRESS_HEADER, address);
  return out;
}
