import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressOfHeaders,
  normalizeAddress,
  parseTrustedProxies,
  withClientAddress,
} from "@/lib/http/client-address";

const none = parseTrustedProxies(undefined);
const local = parseTrustedProxies("127.0.0.1, ::1");
const ranges = parseTrustedProxies("10.0.0.0/8 fd00::/8,192.0.2.7");

/** Every header a client can send to claim an address (none of them is believed on its own). */
const SPOOF_HEADERS = ["forwarded", "x-real-ip", "cf-connecting-ip", "true-client-ip", "x-client-ip", "fastly-client-ip", CLIENT_ADDRESS_HEADER];

describe("normalizeAddress", () => {
  it("canonicalises every spelling of one address", () => {
    expect(normalizeAddress(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(normalizeAddress("203.0.113.9:4711")).toBe("203.0.113.9");
    expect(normalizeAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress("0:0:0:0:0:ffff:cb00:7109")).toBe("203.0.113.9");
    expect(normalizeAddress("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });
  it("refuses what is not an address", () => {
    for (const bad of ["", "unknown", "_hidden", "for=1.2.3.4", "1.2.3", "1.2.3.4.5", "999.1.1.1", "1.2.3.4, 5.6.7.8", "<script>", null, undefined]) {
      expect(normalizeAddress(bad)).toBeNull();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDR ranges, comma or space separated", () => {
    expect(parseTrustedProxies("").entries).toEqual([]);
    expect(ranges.entries).toEqual(["10.0.0.0/8", "fd00::/8", "192.0.2.7"]);
  });
  it("names a bad entry", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "fd00::/129", "10.0.0.0/x", "1.2.3.4/"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(new RegExp(`'${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}'`));
    }
  });
});

describe("clientAddress", () => {
  it("is the peer when the peer is not a trusted proxy, whatever the chain says", () => {
    for (const trusted of [none, local, ranges]) {
      expect(clientAddress("203.0.113.9", ["198.51.100.1"], trusted)).toBe("203.0.113.9");
      expect(clientAddress("2001:db8::9", ["198.51.100.1", "127.0.0.1"], trusted)).toBe("2001:db8::9");
    }
    // Without any trusted proxy even a loopback peer with a chain is just the peer.
    expect(clientAddress("127.0.0.1", ["198.51.100.1"], none)).toBe("127.0.0.1");
  });

  it("behind trusted proxies is the right-most address that is not one of them", () => {
    expect(clientAddress("127.0.0.1", ["198.51.100.1"], local)).toBe("198.51.100.1");
    expect(clientAddress("::ffff:127.0.0.1", ["1.1.1.1", "198.51.100.1"], local)).toBe("198.51.100.1");
    expect(clientAddress("::1", ["spoofed", "2001:db8::7", "::1"], local)).toBe("2001:db8::7");
    expect(clientAddress("10.1.2.3", ["6.6.6.6", "203.0.113.9", "fd00::1", "10.9.9.9"], ranges)).toBe("203.0.113.9");
    expect(clientAddress("192.0.2.7", ["[2001:db8::5]:1234"], ranges)).toBe("2001:db8::5");
  });

  it("never lets the client's own part of the chain decide", () => {
    // A client behind a trusted proxy writes what it likes left of the proxy's entry.
    const results = new Set<string | null>();
    for (let i = 0; i < 20; i++) results.add(clientAddress("127.0.0.1", [`10.0.0.${i}`, "198.51.100.1"], local));
    expect([...results]).toEqual(["198.51.100.1"]);
    // A malformed entry stops the walk at the last trusted hop, not at anything variable.
    expect(clientAddress("10.0.0.1", ["6.6.6.6", "garbage", "10.0.0.2"], ranges)).toBe("10.0.0.2");
    expect(clientAddress("127.0.0.1", [], local)).toBe("127.0.0.1");
    expect(clientAddress("not an address", ["198.51.100.1"], local)).toBeNull();
  });
});

describe("the address the Next side resolves from a request", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("reads only X-Forwarded-For, whose last entry is the socket peer set by the server in front", () => {
    for (let i = 0; i < 20; i++) {
      const h = headers({ "x-forwarded-for": "203.0.113.9" });
      for (const name of SPOOF_HEADERS) h.set(name, name === "forwarded" ? `for=10.0.0.${i}` : `10.0.0.${i}`);
      expect(clientAddressOfHeaders(h, none)).toBe("203.0.113.9");
      expect(clientAddressOfHeaders(h, local)).toBe("203.0.113.9");
    }
  });

  it("with an untrusted peer ignores whatever the client put in front of it", () => {
    expect(clientAddressOfHeaders(headers({ "x-forwarded-for": "10.0.0.1, 10.0.0.2, 203.0.113.9" }), none)).toBe("203.0.113.9");
    expect(clientAddressOfHeaders(headers({ "x-forwarded-for": "10.0.0.1,2001:db8::1" }), local)).toBe("2001:db8::1");
  });

  it("believes a trusted proxy's entry", () => {
    expect(clientAddressOfHeaders(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.1, 127.0.0.1" }), local)).toBe("198.51.100.1");
    const multi = new Headers();
    multi.append("x-forwarded-for", "6.6.6.6");
    multi.append("x-forwarded-for", "198.51.100.1, ::1");
    expect(clientAddressOfHeaders(multi, local)).toBe("198.51.100.1");
  });

  it("replaces a client's own x-tracker-client-address with the resolved one", () => {
    const out = withClientAddress(headers({ "x-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "10.6.6.6", cookie: "a=b" }), none);
    expect(out.get(CLIENT_ADDRESS_HEADER)).toBe("203.0.113.9");
    expect(out.get("cookie")).toBe("a=b");
    expect(withClientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "10.6.6.6" }), none).get(CLIENT_ADDRESS_HEADER)).toBeNull();
  });
});
