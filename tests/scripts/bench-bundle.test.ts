import { describe, expect, it } from "vitest";
import { gzipSize, scriptUrls } from "@/scripts/bench/bundle";

describe("scriptUrls", () => {
  it("lists the scripts a module-capable browser loads, once each", () => {
    const html = `<html><head>
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
      <link rel="preload" as="style" href="/_next/static/css/x.css"/>
      <link rel="modulepreload" href="/_next/static/chunks/m.js"/>
      <link rel="stylesheet" href="/_next/static/css/y.css"/>
      </head><body>
      <script src="/_next/static/chunks/a.js" async=""></script>
      <script src="/_next/static/chunks/b.js" async=""></script>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
      <script>self.__next_f.push([1,"inline"])</script>
      <script src="/x.js?a=1&amp;b=2"></script>
    </body></html>`;
    expect(scriptUrls(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/x.js?a=1&b=2", "/_next/static/chunks/m.js"]);
  });
});

describe("gzipSize", () => {
  it("is far below the raw size for repetitive text and positive for empty input", () => {
    expect(gzipSize("a".repeat(10_000))).toBeLessThan(100);
    expect(gzipSize("")).toBeGreaterThan(0);
  });
});
