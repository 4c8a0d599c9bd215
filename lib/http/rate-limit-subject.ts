/**
 * What a per-client rate limit counts by. An IPv4 client is its address; an IPv6 client is its /64
 * network, because one subscriber usually holds a whole /64 and can draw a fresh address from it
 * for every request (keying on the full address would give such a client an unlimited budget).
 * No address at all (no socket peer) is one shared subject, never a free pass.
 */
import { isIP } from "node:net";
import { normalizeAddress } from "./client-address";

export const UNKNOWN_CLIENT_SUBJECT = "unknown";

/** The rate-limit subject of a client address (as lib/http/client-address.ts resolves it). */
export function rateLimitSubject(address: string | null | undefined): string {
  const a = normalizeAddress(address);
  if (a === null) return UNKNOWN_CLIENT_SUBJECT;
  if (isIP(a) === 4) return a;
  // Expand the canonical form to eight groups, keep the first four: the /64 network.
  const [head = "", tail = ""] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = a.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = a.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
