/**
 * Every route of the production build, read from Next's own manifest (.next/app-path-routes-
 * manifest.json), so that the fuzz, header and access specs cover routes added later without
 * being told about them. A route is a page or a route handler; its dynamic segments are named.
 */
import fs from "node:fs";
import path from "node:path";

export type BuiltRoute = {
  /** e.g. "/statements/[id]" */
  path: string;
  kind: "page" | "handler";
  /** names of the dynamic segments in order, e.g. ["id"]; catch-all segments keep their dots stripped */
  params: string[];
};

/**
 * Floors for the specs generated from the lists below: today's counts (42 routes, 23 of them pages,
 * 12 server actions), so that a manifest read wrongly, or a build that lost routes, fails loudly
 * instead of leaving the generated tests with nothing to check. Lower them only with the routes.
 */
export const MIN_BUILT_ROUTES = 42;
export const MIN_BUILT_PAGES = 23;
export const MIN_SERVER_ACTIONS = 12;

/** Internal entries Next adds to every app; they are reached only through errors, not by address. */
const INTERNAL = new Set(["/_global-error", "/_not-found"]);

/** The app's routes, pages and route handlers, sorted by path. */
export function builtRoutes(root = process.cwd()): BuiltRoute[] {
  const file = path.join(root, ".next", "app-path-routes-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([, route]) => !INTERNAL.has(route))
    .map(([entry, route]): BuiltRoute => ({
      path: route,
      kind: entry.endsWith("/route") ? "handler" : "page",
      params: [...route.matchAll(/\[+(?:\.\.\.)?([^\]]+)\]+/g)].map((m) => m[1]!),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The route's path with each dynamic segment replaced by `valueFor(name, route)` (already a path
 * segment: the caller encodes it, or deliberately does not).
 */
export function fillRoute(route: BuiltRoute, valueFor: (param: string, route: BuiltRoute) => string): string {
  return route.path.replace(/\[+(?:\.\.\.)?([^\]]+)\]+/g, (_m, name: string) => valueFor(name, route));
}

/** A value that names something in the seed data for a dynamic segment, so the page renders. */
export function seedValue(param: string): string {
  if (param === "iso3" || param === "country") return "FRA";
  if (param === "slug") return "paris-2025-09-04";
  // The pictures (app/pictures/[file], app/pictures/chart/[chart]).
  if (param === "file") return "map.svg";
  if (param === "chart") return "coalition.svg";
  return "1"; // statement 1, source 1 and event 1 all exist in the seed
}

/**
 * The server actions of the build (ids from .next/server/server-reference-manifest.json), each
 * with the pages that use it, so a POST can invoke it as a browser would.
 */
export function builtServerActions(root = process.cwd()): { id: string; pages: string[] }[] {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, { workers?: Record<string, unknown> }> };
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => ({
    id,
    // "app/admin/(editor)/events/new/page" is served at /admin/events/new: route groups are not in the URL.
    pages: Object.keys(entry.workers ?? {}).map((w) => w.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^/)]+\)/g, "") || "/"),
  }));
}
