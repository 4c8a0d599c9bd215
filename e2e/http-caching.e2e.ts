/**
 * Standard HTTP caching of every public GET view (docs/caching.md), on the production server:
 * `public` with a shared-cache lifetime and stale-while-revalidate, a dataset-revision ETag and a
 * 304 for it; `private, no-store` for anything answered to a request with a cookie or an
 * Authorization, and for admin pages; a write by another process (the CLI import) gives every
 * view a new ETag. The views are read from the build's own route list, so later routes are covered.
 */
import { describe, expect, it } from "vitest";
import { PUBLIC_VIEW_CACHE_CONTROL } from "@/lib/http/cache-control";
import { importCsvWithCli } from "./support/cli-import";
import { urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";
import { builtRoutes, fillRoute, seedValue } from "./support/routes";

restoresSharedDatabase();

const NOT_PUBLIC = /^\/(admin|api\/auth|api\/v1\/admin|api\/health)(\/|$)/;
// Next's own static metadata files (the favicon) are not views of the data.
const STATIC_METADATA = /^\/(icon|apple-icon|favicon)\.[a-z]+$/;
// Views that need a query to answer 200 at all.
const QUERY: Record<string, string> = { "/api/v1/statements": "?country=FRA", "/api/v1/search": "?q=Truppen", "/api/v1/citation": "?page=/&known=2026-01-08" };
const publicViews = builtRoutes()
  .filter((r) => !NOT_PUBLIC.test(r.path) && !STATIC_METADATA.test(r.path))
  .map((r) => fillRoute(r, seedValue) + (QUERY[r.path] ?? ""));
const adminPages = builtRoutes()
  .filter((r) => r.kind === "page" && r.path.startsWith("/admin"))
  .map((r) => fillRoute(r, seedValue));

async function get(p: string, headers: Record<string, string> = {}): Promise<Response> {
  const res = await fetch(urlFor(p), { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  return res;
}

describe("HTTP caching of the public views", () => {
  it("covers the views the build has (pages, read API, /og)", () => {
    expect(publicViews).toEqual(expect.arrayContaining(["/", "/countries/FRA", "/api/v1/stances", "/og", "/statements/1"]));
  });

  it.each(publicViews)("%s: public with s-maxage and stale-while-revalidate, an ETag, Vary on Cookie, and 304 for that ETag", async (p) => {
    for (const encoding of ["gzip", "identity"]) {
      const first = await get(p, { "accept-encoding": encoding });
      expect(first.status, p).toBe(200);
      expect(first.headers.get("cache-control"), p).toBe(PUBLIC_VIEW_CACHE_CONTROL);
      expect(first.headers.get("vary") ?? "", p).toMatch(/\bCookie\b/i);
      const etag = first.headers.get("etag");
      expect(etag, p).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await get(p, { "accept-encoding": encoding, "if-none-match": etag! });
      expect(again.status, `${p} ${encoding}`).toBe(304);
      // The front cache gives the gzip form it made itself a weak tag: compare weakly (RFC 9110 13.1.2).
      expect(again.headers.get("etag")?.replace(/^W\//, "")).toBe(etag!.replace(/^W\//, ""));
      expect(again.headers.get("cache-control")).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    }
  });

  it("gives the gzip and the identity form of a page different strong ETags", async () => {
    const gz = await get("/countries/FRA", { "accept-encoding": "gzip" });
    const plain = await get("/countries/FRA", { "accept-encoding": "identity" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("etag")).not.toBe(plain.headers.get("etag"));
    expect(gz.headers.get("etag")).not.toMatch(/^W\//);
    // The identity form's tag does not revalidate the gzip form.
    expect((await get("/countries/FRA", { "accept-encoding": "gzip", "if-none-match": plain.headers.get("etag")! })).status).toBe(200);
  });

  const personal: [string, Record<string, string>][] = [
    ["a session cookie", { cookie: "better-auth.session_token=not-a-real-session" }],
    ["a secure-prefixed session cookie", { cookie: "__Secure-better-auth.session_token=x" }],
    ["any other cookie", { cookie: "theme=dark" }],
    ["a bearer token", { authorization: "Bearer abc" }],
    ["basic credentials", { authorization: "Basic YTpi" }],
  ];
  it.each(personal)("answers every public view private, no-store to a request with %s", async (_name, headers) => {
    for (const p of publicViews) {
      const res = await get(p, headers);
      const cc = res.headers.get("cache-control") ?? "";
      expect(cc, p).toMatch(/\bprivate\b/);
      expect(cc, p).toMatch(/\bno-store\b/);
      expect(cc, p).not.toMatch(/\bpublic\b|s-maxage/);
    }
  });

  it("answers admin pages private, no-store, signed out (redirects included)", async () => {
    expect(adminPages.length).toBeGreaterThan(0);
    for (const p of adminPages) {
      const cc = (await get(p)).headers.get("cache-control") ?? "";
      expect(cc, p).toMatch(/\bprivate\b/);
      expect(cc, p).toMatch(/\bno-store\b/);
    }
  });

  // The read API's ETag is the hash of its body (it changes only when the body does); the pages' and
  // /og's come from the dataset revision, which any write moves.
  const revisionTagged = publicViews.filter((p) => !p.startsWith("/api/"));
  it("gives every page and /og a new ETag after another process writes (the old one gets a 200)", async () => {
    const before = new Map<string, string>();
    for (const p of revisionTagged) before.set(p, (await get(p)).headers.get("etag")!);
    importCsvWithCli(`country,stated_on,stance,quote,source_title\nAND,2099-02-01,naval,etag probe ${Date.now()},E2E etag probe\n`);
    for (const p of revisionTagged) {
      const res = await get(p, { "if-none-match": before.get(p)! });
      expect(res.status, p).toBe(200);
      expect(res.headers.get("etag"), p).not.toBe(before.get(p));
    }
  });
});
