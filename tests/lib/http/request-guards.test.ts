import { describe, expect, it } from "vitest";
import { isDecodablePath, refuseRequest, type RequestFacts } from "@/lib/http/request-guards";

const req = (over: Partial<RequestFacts>): RequestFacts => ({ method: "GET", pathname: "/", nextAction: null, contentType: null, ...over });

describe("isDecodablePath", () => {
  it.each(["/", "/statements/1", "/countries/%C3%A9", "/a%20b", "/%25", "/api/v1/stances"])("accepts %s", (p) => {
    expect(isDecodablePath(p)).toBe(true);
  });
  it.each(["/statements/%FF", "/countries/%E0%A4%A", "/%", "/a/%zz", "/%ED%A0%80", "/%C0%AF"])("refuses %s", (p) => {
    expect(isDecodablePath(p)).toBe(false);
  });
});

describe("refuseRequest", () => {
  it("refuses an undecodable address with 400, on any route and method", () => {
    for (const pathname of ["/statements/%FF", "/api/v1/statements/%FF", "/%"]) {
      expect(refuseRequest(req({ pathname }))?.status).toBe(400);
      expect(refuseRequest(req({ pathname, method: "POST", nextAction: "x" }))?.status).toBe(400);
    }
  });

  it("lets pages be read, and posted to as server actions (with or without JavaScript)", () => {
    expect(refuseRequest(req({ method: "GET", pathname: "/countries" }))).toBeNull();
    expect(refuseRequest(req({ method: "HEAD" }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a", contentType: "text/plain;charset=UTF-8" }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a", contentType: "multipart/form-data; boundary=x" }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", contentType: "multipart/form-data; boundary=x" }))).toBeNull();
    expect(refuseRequest(req({ method: "post", contentType: "application/x-www-form-urlencoded" }))).toBeNull();
  });

  it("refuses a server action call with a body Next's client never sends (Next would answer 500)", () => {
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a", contentType: "application/json" }))?.status).toBe(400);
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a", contentType: "text/csv" }))?.status).toBe(400);
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a" }))?.status).toBe(400);
    expect(refuseRequest(req({ method: "POST", nextAction: "7f3a", contentType: "application/x-www-form-urlencoded" }))?.status).toBe(400);
  });

  it("refuses other methods on pages with 405 and an Allow header", () => {
    for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]) {
      expect(refuseRequest(req({ method, pathname: "/statements/1" }))).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
    }
    expect(refuseRequest(req({ method: "POST", contentType: "application/json" }))?.status).toBe(405);
    expect(refuseRequest(req({ method: "POST" }))?.status).toBe(405);
  });

  it("lets files outside the API be read only", () => {
    expect(refuseRequest(req({ method: "GET", pathname: "/icon.svg" }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", pathname: "/icon.svg", contentType: "multipart/form-data" }))).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(refuseRequest(req({ method: "POST", pathname: "/geo/countries-50m.abc.json", nextAction: "x", contentType: "text/plain" }))?.status).toBe(405);
  });

  it("leaves API routes and static files to answer for their own methods", () => {
    expect(refuseRequest(req({ method: "DELETE", pathname: "/api/v1/stances" }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", pathname: "/api/v1/statements", contentType: "application/json" }))).toBeNull();
    expect(refuseRequest(req({ method: "PUT", pathname: "/_next/static/x.js" }))).toBeNull();
  });
});

describe("server actions from another origin", () => {
  const own = ["http://tracker.example:3000", "https://tracker.example"];
  const action = (over: Partial<RequestFacts>) =>
    refuseRequest(req({ method: "POST", pathname: "/admin/statements", nextAction: "7f3a", contentType: "text/plain;charset=UTF-8", ownOrigins: own, ...over }));
  const form = (over: Partial<RequestFacts>) =>
    refuseRequest(req({ method: "POST", pathname: "/admin/statements", contentType: "multipart/form-data; boundary=x", ownOrigins: own, ...over }));

  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["an opaque origin (sandboxed frame, data: URL)", { origin: "null" }],
    ["the same host on another port", { origin: "http://tracker.example:3001" }],
    ["the same host over another scheme", { origin: "https://tracker.example:3000" }],
    ["a sub-domain", { origin: "http://a.tracker.example:3000" }],
    ["a look-alike suffix", { origin: "http://tracker.example.evil.example:3000" }],
    ["an empty Origin", { origin: "" }],
    ["a malformed Origin", { origin: "http//tracker.example:3000" }],
    ["a non-web scheme", { origin: "file://tracker.example" }],
    ["no Origin and a foreign Referer", { referer: "http://evil.example/page" }],
    ["no Origin and a malformed Referer", { referer: "not a url" }],
    ["own Referer but a foreign Origin", { origin: "http://evil.example", referer: "http://tracker.example:3000/admin" }],
  ] as const)("refuses %s with 403, for script-driven and no-JavaScript submissions alike", (_what, headers) => {
    expect(action(headers)?.status).toBe(403);
    expect(form(headers)?.status).toBe(403);
    // A Next-Action header on any path, whatever the body or method.
    expect(refuseRequest(req({ method: "POST", pathname: "/api/v1/stances", nextAction: "x", contentType: "text/plain", ownOrigins: own, ...headers }))?.status).toBe(403);
    expect(refuseRequest(req({ method: "PUT", pathname: "/countries", nextAction: "x", ownOrigins: own, ...headers }))?.status).toBe(403);
  });

  it.each([
    ["the request's own origin", { origin: "http://tracker.example:3000" }],
    ["SITE_URL's origin", { origin: "https://tracker.example" }],
    ["no Origin and an own Referer", { referer: "https://tracker.example/admin/statements/new" }],
    ["neither Origin nor Referer (not a browser)", {}],
  ] as const)("lets through %s", (_what, headers) => {
    expect(action(headers)).toBeNull();
    expect(form(headers)).toBeNull();
  });

  it("does not apply to reads or to the API's own POSTs (they check their Origin themselves)", () => {
    expect(refuseRequest(req({ method: "GET", pathname: "/", origin: "http://evil.example", ownOrigins: own }))).toBeNull();
    expect(refuseRequest(req({ method: "POST", pathname: "/api/auth/sign-in/email", contentType: "application/json", origin: "http://evil.example", ownOrigins: own }))).toBeNull();
  });
});
