import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/http/safe-next";

/** How a browser would resolve `target` after a redirect from the sign-in page of `origin`. */
function landing(target: string, origin = "https://tracker.example.org"): URL {
  return new URL(target, `${origin}/admin/login`);
}

describe("safeNext: where to go after signing in", () => {
  it("follows paths inside /admin, normalised", () => {
    expect(safeNext("/admin/statements/new")).toBe("/admin/statements/new");
    expect(safeNext("/admin?x=1")).toBe("/admin?x=1");
    expect(safeNext("/admin")).toBe("/admin");
    expect(safeNext("/admin/sources/../history?actor=a")).toBe("/admin/history?actor=a");
  });

  // Every shape that has been used to leave a site through a "next" parameter: scheme-relative,
  // backslashes (read as slashes by browsers), dot segments climbing out of /admin, encoded slashes
  // and backslashes, scheme-only and script URLs, tabs and newlines (removed by URL parsers).
  const hostile = [
    "/admin/..//evil.example/x",
    "%2Fadmin%2F..%2F%2Fevil.example%2Fx",
    "/admin/../..//evil.example/x",
    "/admin/../../evil.example/x",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/admin/..\\\\evil.example",
    "/admin/%2F%2Fevil.example",
    "/admin/%5C%5Cevil.example",
    "/admin%2F..%2F..%2F%2Fevil.example",
    "/admin/..%2F..%2F%2Fevil.example",
    "https:evil.example",
    "https:/evil.example/admin",
    "https://evil.example/admin",
    "http://evil.example/admin",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)//admin",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.example",
    "/\n/evil.example",
    "/admin/..\t/\t/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/admin//evil",
    "/admin/\\evil",
    "/administrator",
    "/admin.evil.example",
    "/admin@evil.example",
    "/admin/login",
    "/admin/login?next=//evil.example",
    "/admin/../admin/login",
    "/",
    "/statements/1",
    "",
    null,
    undefined,
  ];

  it.each(hostile.map((h) => [JSON.stringify(h), h]))("sends %s to /admin", (_label, h) => {
    expect(safeNext(h as string | null | undefined)).toBe("/admin");
  });

  it("never returns anything a browser would resolve outside the site's /admin", () => {
    for (const h of hostile) {
      const to = landing(safeNext(h as string | null));
      expect(to.origin).toBe("https://tracker.example.org");
      expect(to.pathname === "/admin" || to.pathname.startsWith("/admin/")).toBe(true);
    }
  });
});
