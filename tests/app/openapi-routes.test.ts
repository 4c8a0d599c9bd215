/**
 * Every route handler under app/api (and the feed) is in the OpenAPI description, with every HTTP
 * method it exports: a route added without describing it fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/app/api/v1/_lib/openapi/document";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === "route.ts" ? [full] : [];
  });
}

/** "app/api/v1/statements/[id]/route.ts" -> "/api/v1/statements/{id}"; a catch-all ends in "/*". */
function urlPath(file: string): string {
  const rel = path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep);
  return "/" + rel.map((s) => (/^\[\.\.\.\w+\]$/.test(s) ? "*" : s.replace(/^\[(\w+)\]$/, "{$1}"))).join("/");
}

const exportedMethods = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/export (?:async )?function (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());

describe("the OpenAPI description", () => {
  const doc = openApiDocument();
  const described = doc.paths ?? {};
  const files = [...routeFiles(path.join(process.cwd(), "app", "api")), path.join(process.cwd(), "app", "feed.atom", "route.ts")];

  it("is OpenAPI 3.1 and names the session cookie scheme of the write routes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components?.securitySchemes?.session).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  it.each(files.map((f) => [urlPath(f), f]))("describes %s with each method it exports", (route, file) => {
    const methods = exportedMethods(file);
    expect(methods.length).toBeGreaterThan(0);
    const paths = route.endsWith("/*") ? Object.keys(described).filter((p) => p.startsWith(route.slice(0, -1))) : [route];
    expect(paths.length, `${route} is not described`).toBeGreaterThan(0);
    for (const method of methods) {
      expect(paths.some((p) => (described[p] as Record<string, unknown> | undefined)?.[method]), `${method.toUpperCase()} ${route} is not described`).toBe(true);
    }
    // Write routes say they need the session cookie.
    if (route.startsWith("/api/v1/admin/")) for (const p of paths) for (const m of methods) expect((described[p] as Record<string, { security?: unknown }>)[m]?.security).toEqual([{ session: [] }]);
  });
});
