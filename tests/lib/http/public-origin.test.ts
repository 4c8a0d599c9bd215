import { describe, expect, it } from "vitest";
import {
  applyCanonicalForwarding,
  canonicalForwarding,
  isForwardingHeader,
  isTrustedPeer,
  parseTrustedProxies,
  publicOrigin,
  type HeaderBag,
} from "@/lib/http/public-origin";

/** Every way a client (or a proxy) may claim another host, scheme, port, path or client address. */
const CLAIMS: HeaderBag = {
  "x-forwarded-host": "attacker.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "8443",
  "x-forwarded-for": "6.6.6.6",
  "x-forwarded-server": "attacker.example",
  "x-forwarded-prefix": "/evil",
  "x-forwarded-ssl": "on",
  "x-forwarded-scheme": "https",
  forwarded: 'for=6.6.6.6;host="attacker.example";proto=https',
  "x-host": "attacker.example",
  "x-http-host": "attacker.example",
  "x-original-host": "attacker.example",
  "x-original-url": "/evil",
  "x-rewrite-url": "/evil",
  "x-real-ip": "6.6.6.6",
  "x-client-ip": "6.6.6.6",
  "true-client-ip": "6.6.6.6",
  "cf-connecting-ip": "6.6.6.6",
  "fastly-client-ip": "6.6.6.6",
  "x-cluster-client-ip": "6.6.6.6",
  "x-url-scheme": "https",
  "front-end-https": "on",
};

/** What the app sees after the front has handled a request from `peer`. */
function seen(headers: HeaderBag, peer: string, trusted: string | undefined): HeaderBag {
  const copy: HeaderBag = { ...headers };
  applyCanonicalForwarding(copy, canonicalForwarding(copy, peer, isTrustedPeer(parseTrustedProxies(trusted), peer), false));
  return copy;
}

describe("forwarding headers from a peer that is not a trusted proxy", () => {
  it.each([undefined, "", "10.0.0.1", "10.0.0.0/8, ::1"])("are all dropped (AUTH_TRUSTED_PROXIES=%j), whatever their name", (trusted) => {
    const out = seen({ host: "tracker.example", ...CLAIMS, accept: "text/html" }, "203.0.113.9", trusted);
    expect(out).toEqual({
      host: "tracker.example",
      accept: "text/html",
      "x-forwarded-host": "tracker.example",
      "x-forwarded-proto": "http",
      "x-forwarded-for": "203.0.113.9",
    });
    expect(publicOrigin({ host: out.host as string, proto: out["x-forwarded-proto"] as string })).toBe("http://tracker.example");
  });

  it.each(Object.keys(CLAIMS))("%s is recognised as a forwarding header, in any case", (name) => {
    expect(isForwardingHeader(name)).toBe(true);
    expect(isForwardingHeader(name.toUpperCase())).toBe(true);
  });

  it("ordinary headers are not forwarding headers", () => {
    for (const name of ["host", "accept", "accept-encoding", "cookie", "user-agent", "origin", "referer", "next-action"]) expect(isForwardingHeader(name)).toBe(false);
  });
});

describe("forwarding headers from a trusted proxy", () => {
  it("X-Forwarded-Host/Proto name the public origin (the last value: the one the proxy added)", () => {
    const out = seen({ host: "127.0.0.1:3000", "x-forwarded-host": "spoofed.example, tracker.example", "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" }, "10.1.2.3", "10.0.0.0/8");
    expect(out).toMatchObject({ host: "tracker.example", "x-forwarded-host": "tracker.example", "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7, 10.1.2.3" });
  });

  it("Forwarded (RFC 7239) wins over X-Forwarded-*, and other forwarding headers are dropped", () => {
    const out = seen({ host: "internal:3000", forwarded: 'for=1.1.1.1;host="a.example", for=2.2.2.2;host="tracker.example:8443";proto=https', "x-forwarded-host": "other.example", "x-real-ip": "6.6.6.6", "x-original-host": "x.example" }, "::1", "::1");
    expect(out).toMatchObject({ host: "tracker.example:8443", "x-forwarded-proto": "https" });
    expect(out.forwarded).toBeUndefined();
    expect(out["x-real-ip"]).toBeUndefined();
    expect(out["x-original-host"]).toBeUndefined();
  });

  it("an IPv4 proxy is matched on an IPv4-mapped IPv6 peer address", () => {
    expect(isTrustedPeer(parseTrustedProxies("127.0.0.1"), "::ffff:127.0.0.1")).toBe(true);
    expect(isTrustedPeer(parseTrustedProxies("127.0.0.1"), "127.0.0.2")).toBe(false);
    // A list that cannot be read stops the start (it names the entry) rather than trusting nobody silently.
    expect(() => parseTrustedProxies("nonsense, 10.0.0.0/99")).toThrow(/nonsense/);
  });

  it("a malformed claimed host or scheme falls back to Host and the connection's scheme", () => {
    const out = seen({ host: "tracker.example", "x-forwarded-host": "evil.example/<script>", "x-forwarded-proto": "javascript" }, "10.0.0.1", "10.0.0.1");
    expect(out).toMatchObject({ host: "tracker.example", "x-forwarded-proto": "http" });
  });
});

describe("publicOrigin", () => {
  it("is SITE_URL's origin when set, whatever the request says", () => {
    expect(publicOrigin({ siteUrl: "https://tracker.example/some/path", host: "attacker.example", proto: "http" })).toBe("https://tracker.example");
  });
  it("is Host over the given scheme otherwise", () => {
    expect(publicOrigin({ host: "tracker.example:8080", proto: "https" })).toBe("https://tracker.example:8080");
    expect(publicOrigin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
    expect(publicOrigin({ siteUrl: "not a url", host: "tracker.example", proto: "ftp" })).toBe("http://tracker.example");
  });
  it.each(["", "a b", "evil.example/x", "evil.example@x", "x:99999999", "<script>", 'a"b'])("is null for the Host %j", (host) => {
    expect(publicOrigin({ host })).toBeNull();
  });
});
