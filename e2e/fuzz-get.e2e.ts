/**
 * Every GET route of the build, found in Next's manifest (so new routes are covered without being
 * listed here), with fuzzed query parameters and dynamic segments: each answer is a page (with a
 * notice), a redirect, or a 4xx, never a 5xx, and never shows a stack trace or an internal error.
 */
import { describe, expect, it } from "vitest";
import { urlFor } from "./support/context";
import { MIN_BUILT_ROUTES, builtRoutes, fillRoute, seedValue, type BuiltRoute } from "./support/routes";

const routes = builtRoutes();

/** Query values, already in URL syntax: some percent-encodings are deliberately malformed. */
const VALUES: Record<string, string> = {
  empty: "",
  space: "%20",
  "10 kB": "a".repeat(10_000),
  "10 kB of multibyte": "%C3%A9".repeat(1_700),
  emoji: "%F0%9F%87%BA%F0%9F%87%A6",
  NUL: "%00",
  "NUL inside": "2025-09-04%00",
  "invalid UTF-8": "%FF%FE",
  "malformed percent": "%E0%A4%A",
  "lone percent": "%",
  "lone surrogate": "%ED%A0%80",
  __proto__: "__proto__",
  constructor: "constructor",
  negative: "-1",
  zero: "0",
  huge: "1e308",
  "big integer": "99999999999999999999999",
  NaN: "NaN",
  "impossible date": "2025-02-30",
  "garbage date": "2025-13-45",
  "zero date": "0000-00-00",
  "far-future date": "275760-09-13",
  "far-past date": "-271821-04-20",
  "bad instant": "2025-09-04T25:61:61Z",
  "instant out of range": "9999999-01-01T00:00:00Z",
  SQL: "'%3B%20DROP%20TABLE%20statements%3B--",
  markup: "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "path traversal": "..%2F..%2F..%2Fetc%2Fpasswd",
  "header injection": "a%0D%0ASet-Cookie:%20x=1",
  JSON: "%7B%22a%22%3A1%7D",
  "true": "true",
  null: "null",
};

/** Parameter names the app's pages and API read (and a few they might), all fuzzed together. */
const NAMES = ["date", "known", "country", "from", "to", "compare", "view", "id", "stance", "category", "q", "page", "sort", "format"];
/**
 * The names fuzzed one at a time as well (a route that stops at its first bad parameter would
 * never reach the others in the combined probes). Pages cost a full render each, so they get
 * the names the app reads; API handlers are cheap and get them all.
 */
const READ_NAMES = ["date", "known", "country", "from", "to", "compare", "view"];
const PER_NAME = ["empty", "10 kB", "NUL", "invalid UTF-8", "__proto__", "impossible date", "SQL"] as const;

/** Whole query strings that are odd in shape rather than in value. */
const SHAPES: Record<string, string> = {
  "repeated parameter": "date=2025-09-04&date=2026-01-07&known=a&known=b&country=FRA&country=DEU",
  "bracket array": "date[]=2025-09-04&country[]=FRA&id[]=1",
  "indexed array": "date[0]=x&date[1]=y",
  "prototype pollution": "__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x",
  "no value": "date&known&country&from&to",
  "only separators": "&&&=&==",
  "encoded separators": "date%3D2025-09-04%26country%3DFRA",
  "a thousand parameters": Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join("&"),
};

/** Dynamic segment values: wrong type, out of range, traversal, markup, malformed encoding. */
const SEGMENTS: Record<string, string> = {
  zero: "0",
  negative: "-1",
  "too big": "99999999999999999999",
  fraction: "1.5",
  exponent: "1e3",
  word: "abc",
  "lower case": "fra",
  NUL: "%00",
  "NUL after": "FRA%00",
  "invalid UTF-8": "%FF",
  "malformed percent": "%E0%A4%A",
  "encoded traversal": "..%2F..%2Fetc%2Fpasswd",
  "double-encoded traversal": "%252e%252e%252f",
  "encoded dots": "%2e%2e",
  markup: "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  SQL: "1%20OR%201%3D1",
  __proto__: "__proto__",
  unicode: "%C3%A9%F0%9F%87%BA",
  "10 kB": "9".repeat(10_000),
};

// What must never reach a reader: a stack frame, a file path of the server, an internal error name.
const LEAK = /\n\s+at \S+ \(|\/node_modules\/|\.next\/server|SqliteError|TypeError|ReferenceError|SyntaxError: |Internal Server Error/;

type Probe = { label: string; url: string };

async function probe({ label, url }: Probe): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(20_000) });
  } catch (err) {
    return `${label}: no answer (${(err as Error).message})`;
  }
  const body = await res.text();
  if (res.status >= 500) return `${label}: HTTP ${res.status} ${body.slice(0, 200)}`;
  const leak = LEAK.exec(body);
  if (leak) return `${label}: HTTP ${res.status} shows "${leak[0].trim()}" near: ${body.slice(Math.max(0, leak.index - 80), leak.index + 120)}`;
  return null;
}

/** Runs probes a few at a time (the server has two cores) and returns every failure. */
async function runAll(probes: Probe[], concurrency = 4): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const failure = await probe(probes[next++]!);
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

function baseOf(route: BuiltRoute): string {
  return urlFor(fillRoute(route, (p) => seedValue(p)));
}

describe("GET with fuzzed input never answers 5xx", () => {
  it("finds the app's routes in the build", () => {
    expect(routes.length).toBeGreaterThanOrEqual(MIN_BUILT_ROUTES);
    const paths = routes.map((r) => r.path);
    expect(paths).toContain("/");
    expect(paths).toContain("/api/v1/stances");
    expect(routes.some((r) => r.params.length > 0)).toBe(true);
  });

  it.each(routes.map((r) => [r.path, r] as const))("%s with fuzzed query parameters", { timeout: 180_000 }, async (_path, route) => {
    const base = baseOf(route);
    const probes: Probe[] = [{ label: "no query", url: base }];
    for (const [name, value] of Object.entries(VALUES)) {
      probes.push({ label: `every parameter = ${name}`, url: `${base}?${NAMES.map((n) => `${n}=${value}`).join("&")}` });
    }
    for (const n of route.kind === "page" ? READ_NAMES : NAMES) {
      for (const v of PER_NAME) probes.push({ label: `${n} = ${v}`, url: `${base}?${n}=${VALUES[v]}` });
    }
    for (const [name, query] of Object.entries(SHAPES)) probes.push({ label: name, url: `${base}?${query}` });
    expect(await runAll(probes)).toEqual([]);
  });

  const dynamic = routes.filter((r) => r.params.length > 0);
  it.each(dynamic.map((r) => [r.path, r] as const))("%s with fuzzed path segments", { timeout: 120_000 }, async (_path, route) => {
    const probes = Object.entries(SEGMENTS).map(([name, value]) => ({
      label: `segment = ${name}`,
      url: urlFor(fillRoute(route, () => value)),
    }));
    expect(await runAll(probes)).toEqual([]);
  });
});
