/** The server's read cache (db/read-cache.ts) on a real database: one build per data version, and bounded. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedRead, readCacheEntries } from "@/db/read-cache";
import { createStatement } from "@/db/statements";
import { createTestDb, type TestDb } from "../support/test-db";

const input = {
  countryIso3: "FRA",
  statedOn: "2025-09-04",
  statedOnPrecision: "day" as const,
  stance: "troops" as const,
  contributions: [],
  conditions: null,
  quote: "q",
  quoteLanguage: null,
  speaker: null,
  confidence: "high" as const,
  note: null,
  source: { title: "T", publisher: null, url: null, publishedOn: null },
};

describe("cachedRead", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb("reference");
  });
  afterEach(() => t.close());

  it("builds once per version of the data, with a stable validator, and again after a write", () => {
    let builds = 0;
    const build = () => `body ${++builds}`;
    const first = cachedRead(t.db, "k", build);
    expect(cachedRead(t.db, "k", build)).toEqual(first);
    expect(builds).toBe(1);
    expect(first.etag).toMatch(/^"[\w-]{22}"$/);
    createStatement(t.db, input, "a");
    expect(cachedRead(t.db, "k", build).body).toBe("body 2");
  });
});

describe("read cache bounds", () => {
  const entry = (body: string) => ({ body, etag: '"x"' });

  it("keeps at most maxEntries answers, evicting the least recently used", () => {
    const c = readCacheEntries(2, 1000);
    c.set("a", entry("1"));
    c.set("b", entry("2"));
    c.get("a"); // a is now newer than b
    c.set("c", entry("3"));
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")?.body).toBe("1");
    expect(c.get("c")?.body).toBe("3");
    expect(c.size).toBe(2);
  });

  it("keeps the bodies within maxChars, refuses one longer than that alone, and takes an empty body", () => {
    const c = readCacheEntries(10, 10);
    c.set("a", entry("xxxx"));
    c.set("b", entry("yyyy"));
    c.set("c", entry("zzzz")); // 12 > 10: a goes
    expect(c.get("a")).toBeUndefined();
    expect(c.calculatedSize).toBe(8);
    c.set("huge", entry("x".repeat(11)));
    expect(c.get("huge")).toBeUndefined();
    expect(c.calculatedSize).toBe(8);
    expect(() => c.set("empty", entry(""))).not.toThrow();
    expect(c.get("empty")?.body).toBe("");
  });
});
