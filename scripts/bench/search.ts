/**
 * The full-text search read (db/search: searchStatements, one page of 20) timed on the synthetic
 * datasets. Cases: a word in every quote (the index hands rows over newest first, so the query
 * stops after one page however many match), a word in every speaker field, a substring inside words ("ntheti" in
 * "Synthetic"), a rare term (a date, in the quotes of that day), two words, a 2-letter whole word, and a word
 * as known in the middle of the history. The median over the cases is the headline figure.
 */
import { openDatabase } from "@/db/client";
import { explainQueryPlan } from "@/db/query-plans";
import { searchIdsQuery, searchStatements } from "@/db/search";
import { parseSearchQuery } from "@/lib/search/query";
import type { DatasetMeta } from "./dataset";
import { summarise, timeRepeated, type Summary } from "./support/stats";

export type SearchCase = { name: string; q: string; known: number | null; hits: number; time: Summary; plan: string[] };
export type SearchResult = { n: number; cases: SearchCase[]; median: number };

function cases(meta: DatasetMeta): { name: string; q: string; known: number | null }[] {
  return [
    { name: "word in every quote", q: "quotation", known: null },
    { name: "word in every speaker", q: "Speaker", known: null },
    { name: "substring inside a word", q: "ntheti", known: null },
    { name: "rare: one day's date", q: "2024-03-14", known: null },
    { name: "two words", q: "short said", known: null },
    { name: "2-letter whole word", q: "by", known: null },
    { name: "as known mid-history", q: "quotation", known: meta.knownMid },
  ];
}

export function benchSearch(file: string, meta: DatasetMeta): SearchResult {
  const db = openDatabase(file, { readonly: true });
  try {
    const results = cases(meta).map(({ name, q, known }): SearchCase => {
      const parsed = parseSearchQuery(q);
      if (!parsed.ok) throw new Error(`bench search ${q}: ${parsed.error}`);
      const run = () => searchStatements(db, parsed.terms, { known });
      const hits = run().results.length;
      const time = timeRepeated(run, { minRuns: 100, minMs: 500 });
      const { sql, params } = searchIdsQuery(parsed.terms, { known });
      return { name, q, known, hits, time, plan: explainQueryPlan(db, sql, params).map((s) => s.detail) };
    });
    return { n: meta.n, cases: results, median: summarise(results.map((c) => c.time.median)).median };
  } finally {
    db.$client.close();
  }
}
