import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/cache/lru-cache";

describe("LruCache", () => {
  it("returns what was stored and nothing for unknown keys", () => {
    const c = new LruCache<string>(3, 100);
    c.set("a", "1");
    expect(c.get("a")).toBe("1");
    expect(c.get("b")).toBeUndefined();
  });

  it("evicts the least recently used entry beyond maxEntries", () => {
    const c = new LruCache<number>(2, 100);
    c.set("a", 1);
    c.set("b", 2);
    c.get("a"); // a is now newer than b
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("keeps the total weight within maxWeight and refuses a value heavier than it", () => {
    const c = new LruCache<string>(10, 10, (s) => s.length);
    c.set("a", "xxxx");
    c.set("b", "yyyy");
    c.set("c", "zzzz"); // 12 > 10: a goes
    expect(c.get("a")).toBeUndefined();
    expect(c.weight).toBe(8);
    c.set("huge", "x".repeat(11));
    expect(c.get("huge")).toBeUndefined();
    expect(c.weight).toBe(8);
  });

  it("replacing a key updates its weight, and clear empties everything", () => {
    const c = new LruCache<string>(10, 100, (s) => s.length);
    c.set("a", "xx");
    c.set("a", "xxxxx");
    expect(c.weight).toBe(5);
    expect(c.size).toBe(1);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.weight).toBe(0);
  });
});
