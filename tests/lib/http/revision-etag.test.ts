import { describe, expect, it } from "vitest";
import { PERSONAL_CACHE_CONTROL, PUBLIC_VIEW_CACHE_CONTROL, publicViewCacheControl } from "@/lib/http/cache-control";
import { ifNoneMatchMatches, revisionEtag } from "@/lib/http/revision-etag";

const rev = { revision: 7, stamp: "0123456789abcdef" };
const key = { day: "2026-01-02", encoding: "gzip", origin: "https://tracker.example", target: "/?date=2025-09-04" };

describe("revisionEtag", () => {
  it("is a strong, quoted tag, the same for the same revision and key (every process, every host)", () => {
    const tag = revisionEtag(rev, key);
    expect(tag).toMatch(/^"[0-9]+\.[0-9a-f]+\.[A-Za-z0-9_-]+"$/);
    expect(revisionEtag({ ...rev }, { ...key })).toBe(tag);
  });

  it.each([
    ["another stamp (any write)", { ...rev, stamp: "fedcba9876543210" }, key],
    ["another day", rev, { ...key, day: "2026-01-03" }],
    ["another encoding", rev, { ...key, encoding: "identity" }],
    ["another origin", rev, { ...key, origin: "http://tracker.example" }],
    ["another query", rev, { ...key, target: "/?date=2025-09-05" }],
    ["another path", rev, { ...key, target: "/compare?date=2025-09-04" }],
  ])("changes with %s", (_name, r, k) => {
    expect(revisionEtag(r, k)).not.toBe(revisionEtag(rev, key));
  });
});

describe("ifNoneMatchMatches", () => {
  const tag = '"1.ab.cd"';
  it.each([tag, `W/${tag}`, `"x", ${tag}`, `${tag},"y"`, "*"])("matches %s", (header) => {
    expect(ifNoneMatchMatches(header, [tag])).toBe(true);
  });
  it.each(['"1.ab.ce"', "", '"x", "y"', "1.ab.cd"])("does not match %s", (header) => {
    expect(ifNoneMatchMatches(header, [tag])).toBe(false);
  });
  it("does not take * when told the resource may not exist", () => {
    expect(ifNoneMatchMatches("*", [tag], { star: false })).toBe(false);
  });
});

describe("publicViewCacheControl", () => {
  it("is public with a shared-cache lifetime and stale-while-revalidate for an anonymous request", () => {
    expect(publicViewCacheControl(new Headers())).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    expect(PUBLIC_VIEW_CACHE_CONTROL).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
  });
  it.each([
    ["a session cookie", { cookie: "better-auth.session_token=abc" }],
    ["any other cookie", { cookie: "theme=dark" }],
    ["a bearer token", { authorization: "Bearer abc" }],
    ["basic credentials", { authorization: "Basic YTpi" }],
  ])("is private, no-store for a request with %s", (_name, headers) => {
    expect(publicViewCacheControl(new Headers(headers))).toBe(PERSONAL_CACHE_CONTROL);
  });
});
