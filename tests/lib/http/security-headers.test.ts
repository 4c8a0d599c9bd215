import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMBED_PATHS, isFrameablePath, securityHeaderRules, securityHeaders, strictFramingHeaders, tileImageSource } from "@/lib/http/security-headers";

/** The directives of a policy as a map, e.g. "script-src" -> ["'self'", "'unsafe-inline'"]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

/** The rules whose `source` matches a path, as Next's router matches header sources. */
function rulesFor(pathname: string) {
  return securityHeaderRules().filter((r) => getPathMatch(r.source)(pathname) !== false);
}

const header = (entries: { key: string; value: string }[], key: string) => entries.find((e) => e.key === key)?.value;

describe("contentSecurityPolicy", () => {
  it("never allows eval or plugins in production, and pins everything to this origin", () => {
    const d = directives(contentSecurityPolicy());
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("script-src-attr")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    for (const [name, values] of d) {
      expect(values.filter((v) => v === "*" || v === "http:" || v === "https:"), name).toEqual([]);
    }
  });

  it("adds 'unsafe-eval' only for next dev", () => {
    expect(directives(contentSecurityPolicy({ dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("lets only embeddable responses be framed", () => {
    expect(directives(contentSecurityPolicy({ frameable: true })).get("frame-ancestors")).toEqual(["*"]);
    expect(header(securityHeaders({ frameable: true }), "X-Frame-Options")).toBeUndefined();
    expect(header(securityHeaders(), "X-Frame-Options")).toBe("DENY");
  });
});

describe("securityHeaderRules", () => {
  it.each(["/", "/api/v1/stances", "/_next/static/chunks/a.js", "/country/FRA", "/embedded", "/embed", "/embed/", "/embed/other", "/embed/map/more", "/embed/chart", "/embed%2Fmap", "/embed/../admin", "/admin/statements/1/edit"])(
    "gives %s exactly one rule, with every header and no framing",
    (pathname) => {
      const rules = rulesFor(pathname);
      expect(rules).toHaveLength(1);
      const headers = rules[0]!.headers;
      expect(header(headers, "X-Content-Type-Options")).toBe("nosniff");
      expect(header(headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(header(headers, "X-Frame-Options")).toBe("DENY");
      expect(header(headers, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    },
  );

  it.each([...EMBED_PATHS])("lets %s be framed, with the other headers kept", (pathname) => {
    const rules = rulesFor(pathname);
    expect(rules).toHaveLength(1);
    const headers = rules[0]!.headers;
    expect(header(headers, "X-Frame-Options")).toBeUndefined();
    expect(header(headers, "Content-Security-Policy")).toContain("frame-ancestors *");
    expect(header(headers, "Content-Security-Policy")).toContain("script-src-attr 'none'");
    expect(header(headers, "X-Content-Type-Options")).toBe("nosniff");
  });
});

describe("isFrameablePath (what proxy.ts puts the strict framing headers back on)", () => {
  it.each(["/embed/map", "/embed/chart/coalition", "/embed/chart/contributions"])("is true for %s", (p) => {
    expect(isFrameablePath(p)).toBe(true);
  });

  // Next matches header sources case-insensitively and with an optional trailing slash, so these
  // get next.config.ts' relaxed rule: the proxy must see them as not frameable.
  it.each([
    "/EMBED/map",
    "/Embed/Map",
    "/embed/MAP",
    "/embed/map/",
    "/embed/chart/coalition/",
    "/embed/chart/COALITION",
    "/embed%2Fmap",
    "/embed/%6dap",
    "/embed/map%00",
    "/embed/map;x",
    "/embed/map.json",
    "/embed/../admin",
    "/embed/map/../../admin",
    "//embed/map",
    "/embed//map",
    "/embed",
    "/embed/",
    "/embed/chart",
    "/",
    "/admin",
  ])("is false for %s", (pathname) => {
    expect(isFrameablePath(pathname)).toBe(false);
  });

  it("is needed: Next's own matching of the rules relaxes case and trailing-slash variants", () => {
    // If this ever fails, Next matches header sources strictly and proxy.ts's re-setting is moot.
    for (const p of ["/EMBED/map", "/Embed/Chart/Coalition", "/embed/map/"]) {
      expect(header(rulesFor(p)[0]!.headers, "Content-Security-Policy"), p).toContain("frame-ancestors *");
      expect(isFrameablePath(p), p).toBe(false);
    }
  });

  it("gives the strict framing headers to put back: frame-ancestors 'none' and X-Frame-Options DENY", () => {
    const strict = strictFramingHeaders();
    expect(strict.map((h) => h.key).sort()).toEqual(["Content-Security-Policy", "X-Frame-Options"]);
    expect(header(strict, "Content-Security-Policy")).toBe(contentSecurityPolicy());
    expect(header(strict, "X-Frame-Options")).toBe("DENY");
  });
});

describe("tileImageSource", () => {
  it("turns a tile URL template into the image source to allow", () => {
    expect(tileImageSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileImageSource("https://{s}.tile.example.org:8443/{z}/{x}/{y}{r}.png")).toBe("https://*.tile.example.org:8443");
    const policy = directives(contentSecurityPolicy({ imageSources: ["https://tile.openstreetmap.org"] }));
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org"]);
  });

  it("allows nothing extra without a usable template", () => {
    for (const t of [undefined, "", "not a url", "javascript:alert(1)//{z}", "data:image/png;base64,AAAA"]) expect(tileImageSource(t), t).toBeNull();
  });
});
