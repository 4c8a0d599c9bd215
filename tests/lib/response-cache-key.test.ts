import { describe, expect, it } from "vitest";
import { frontCacheKey } from "@/lib/response-cache-key";

const TODAY = "2026-11-22";
const get = (url: string, headers: Record<string, string> = {}) => frontCacheKey({ method: "GET", url, headers }, TODAY);

describe("frontCacheKey", () => {
  it("keys anonymous GETs of the public views by day, encoding and full URL", () => {
    expect(get("/", { host: "tracker.example" })).toBe("2026-11-22 identity tracker.example /");
    expect(get("/compare?date=2025-09-05&compare=2026-01-07")).toBe("2026-11-22 identity  /compare?date=2025-09-05&compare=2026-01-07");
    expect(get("/?date=2025-09-05&known=2026-01-01", { "accept-encoding": "gzip, deflate, br" })).toBe(
      "2026-11-22 gzip  /?date=2025-09-05&known=2026-01-01",
    );
    expect(get("/api/v1/stances?date=2025-09-05")).toBe("2026-11-22 identity  /api/v1/stances?date=2025-09-05");
    expect(frontCacheKey({ method: "HEAD", url: "/", headers: {} }, TODAY)).toBe("2026-11-22 identity  /");
    expect(get("/", { host: "a.example" })).not.toBe(get("/", { host: "b.example" }));
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
