import { STANCE_KEYS, type StanceKey, type StatementFact } from "@/lib/types";

/** Terse fact builder: f(id, "FRA", "2025-03-01", "troops"). */
export function f(statementId: number, countryIso3: string, statedOn: string, stance: StanceKey, retracted = false): StatementFact {
  return retracted ? { statementId, countryIso3, statedOn, stance, retracted } : { statementId, countryIso3, statedOn, stance };
}

/** Deterministic PRNG (mulberry32) so randomised cross-checks are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random facts over `countries` countries and ~`days` days in 2025-2026, shuffled. */
export function randomFacts(n: number, countries: number, days: number, seed: number): StatementFact[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const base = Date.UTC(2025, 0, 1);
  const facts: StatementFact[] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(base + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);
    const country = `C${String(Math.floor(r() * countries)).padStart(2, "0")}`;
    facts.push(f(i + 1, country, date, pick(STANCE_KEYS), r() < 0.1));
  }
  // Shuffle so nothing depends on input order.
  for (let i = facts.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [facts[i], facts[j]] = [facts[j]!, facts[i]!];
  }
  return facts;
}

/**
 * `items` behind a proxy that counts reads of its elements, so a test can check how many a search
 * looks at (a binary search reads O(log n) of them) without timing it.
 */
export function countingReads<A extends readonly unknown[]>(items: A): { items: A; reads(): number; reset(): void } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads, reset: () => void (reads = 0) };
}

/** The most element reads a binary search over `n` items may make, plus the one read of its answer. */
export function binarySearchReads(n: number): number {
  return Math.ceil(Math.log2(n + 1)) + 1;
}
