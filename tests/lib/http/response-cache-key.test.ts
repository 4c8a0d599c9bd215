import { describe, expect, it } from "vitest";
import { frontCacheKey, negotiatedEncoding, refusesStoredEncodings } from "@/lib/http/response-cache-key";

const TODAY = "2026-11-22";
const get = (url: string, headers: Record<string, string> = {}) => frontCacheKey({ method: "GET", url, headers }, TODAY);

describe("frontCacheKey", () => {
  it("keys anonymous GETs of the public views by day, encoding, origin and full URL", () => {
    expect(get("/", { host: "tracker.example", "x-forwarded-proto": "https" })).toBe("2026-11-22 identity https://tracker.example /");
    expect(get("/compare?date=2025-09-05&compare=2026-01-07", { host: "tracker.example", "x-forwarded-proto": "https" })).toBe(
      "2026-11-22 identity https://tracker.example /compare?date=2025-09-05&compare=2026-01-07",
    );
    expect(get("/?date=2025-09-05&known=2026-01-01", { "accept-encoding": "gzip, deflate, br" })).toBe(
      "2026-11-22 gzip :// /?date=2025-09-05&known=2026-01-01",
    );
    expect(get("/api/v1/stances?date=2025-09-05")).toBe("2026-11-22 identity :// /api/v1/stances?date=2025-09-05");
    expect(frontCacheKey({ method: "HEAD", url: "/", headers: {} }, TODAY)).toBe("2026-11-22 identity :// /");
    expect(get("/", { host: "a.example" })).not.toBe(get("/", { host: "b.example" }));
    // The scheme the page's absolute URLs use (set by the front from a trusted proxy only).
    expect(get("/", { host: "a.example", "x-forwarded-proto": "http" })).not.toBe(get("/", { host: "a.example", "x-forwarded-proto": "https" }));
  });

  it("never throws on a target that is not a path, and never keys one", () => {
    for (const url of ["//", "//?a=1", "/\\", "//:99999/", "///x", "//evil.example/", "http://x/", "*", "/%", "/" + "a".repeat(100_000)]) {
      expect(() => get(url), url).not.toThrow();
      if (!url.startsWith("/a")) expect(get(url), url).toBeNull();
    }
  });

  it("the same URL on another day is another entry (views default to today)", () => {
    expect(frontCacheKey({ method: "GET", url: "/", headers: {} }, "2026-11-23")).not.toBe(get("/"));
  });

  it("never answers an editor, an authorised client or the router's own requests", () => {
    expect(get("/", { cookie: "better-auth.session_token=x" })).toBeNull();
    expect(get("/api/v1/stances", { authorization: "Bearer x" })).toBeNull();
    expect(get("/", { rsc: "1" })).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/", { "next-router-state-tree": "%5B%5D" })).toBeNull();
    expect(get("/?_rsc=abc")).toBeNull();
  });

  it("leaves other methods and paths to Next", () => {
    expect(frontCacheKey({ method: "POST", url: "/api/v1/stances", headers: {} }, TODAY)).toBeNull();
    expect(get("/api/v1/statements?country=FRA")).toBeNull();
    expect(get("/editor")).toBeNull();
    expect(get("/_next/static/chunks/a.js")).toBeNull();
    expect(frontCacheKey({ method: "GET", url: "http://evil.example/", headers: {} }, TODAY)).toBeNull();
  });
});

describe("negotiatedEncoding (the only two stored forms: gzip and identity)", () => {
  const enc = (value?: string) => negotiatedEncoding(value === undefined ? {} : { "accept-encoding": value });

  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip", "gzip"],
    ["GZIP", "gzip"],
    ["gzip, deflate, br, zstd", "gzip"],
    ["*", "gzip"],
    ["deflate", "identity"],
    ["br", "identity"],
    ["zstd", "identity"],
    ["br, zstd, deflate", "identity"],
    ["x-gzip", "identity"],
    ["gzip;q=0", "identity"],
    ["gzip;q=0, *", "identity"],
    ["*;q=0.1, gzip;q=0", "identity"],
    ["gzip;q=0.5, identity;q=0.8", "identity"],
    ["identity;q=0.2, gzip;q=0.9", "gzip"],
    ["identity;q=0, gzip", "gzip"],
    ["br;q=1, gzip;q=0.3", "gzip"],
    ["identity;q=0", null],
    ["*;q=0", null],
    ["br, identity;q=0", null],
    ["deflate, *;q=0", null],
  ] as const)("Accept-Encoding %j gets %s", (value, expected) => {
    expect(enc(value)).toBe(expected);
  });

  it("keys each request by the form it will be given, so a deflate reader never shares a gzip or deflate entry", () => {
    expect(get("/", { "accept-encoding": "deflate" })).toBe(get("/"));
    expect(get("/", { "accept-encoding": "*" })).toBe(get("/", { "accept-encoding": "gzip" }));
    expect(get("/", { "accept-encoding": "gzip;q=0" })).toBe(get("/", { "accept-encoding": "identity" }));
    expect(get("/", { "accept-encoding": "identity;q=0" })).toBeNull();
    expect(refusesStoredEncodings({ method: "GET", url: "/", headers: { "accept-encoding": "identity;q=0" } })).toBe(true);
    expect(refusesStoredEncodings({ method: "GET", url: "/", headers: { "accept-encoding": "br" } })).toBe(false);
    expect(refusesStoredEncodings({ method: "GET", url: "/countries", headers: { "accept-encoding": "identity;q=0" } })).toBe(false);
  });
});
