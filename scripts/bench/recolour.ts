/**
 * The client's work when the time slider moves: for every country, the stance in force on the new
 * date and its fill colour. The facts are what the page ships to the browser (listStatementFacts);
 * the change points are computed once (countryChangePoints), then each step is a binary search per
 * country (stanceAt). Timed per step over a sweep of the whole span, as a user dragging the slider.
 */
import { openDatabase } from "@/db/client";
import { listCountries } from "@/db/queries/reference";
import { listCategories, listStatementFacts } from "@/db/queries/stances";
import { addDays } from "@/lib/dates";
import { countryChangePoints, stanceAt } from "@/lib/timeline";
import type { IsoDate } from "@/lib/types";
import type { DatasetMeta } from "./dataset";
import { summarise, timeRepeated, type Summary } from "./support/stats";

export type RecolourResult = { n: number; facts: number; countries: number; precompute: Summary; step: Summary; steps: number };

const NO_POSITION = "#d9d9d9";

function load(file: string) {
  const db = openDatabase(file, { readonly: true });
  try {
    return {
      facts: listStatementFacts(db),
      iso3s: listCountries(db).map((c) => c.iso3),
      colours: new Map<string, string>(listCategories(db).map((c) => [c.key, c.colour])),
    };
  } finally {
    db.$client.close();
  }
}

export function benchRecolour(file: string, meta: DatasetMeta): RecolourResult {
  const { facts, iso3s, colours } = load(file);
  const precompute = timeRepeated(() => countryChangePoints(facts), { warmup: 2, minRuns: 10, minMs: 500, maxRuns: 50 });
  const points = countryChangePoints(facts);
  const fills = new Map<string, string>();
  const recolour = (date: IsoDate) => {
    for (const iso3 of iso3s) {
      const p = points.get(iso3);
      const at = p ? stanceAt(p, date) : null;
      fills.set(iso3, at ? (colours.get(at.stance) ?? NO_POSITION) : NO_POSITION);
    }
  };
  // A drag across five years, one step per day, swept five times after a warm-up sweep.
  const dates: IsoDate[] = [];
  for (let d = meta.spanStart; d <= meta.spanEnd; d = addDays(d, 1)) dates.push(d);
  for (const d of dates) recolour(d);
  const samples: number[] = [];
  for (let sweep = 0; sweep < 5; sweep++) {
    for (const d of dates) {
      const t0 = performance.now();
      recolour(d);
      samples.push(performance.now() - t0);
    }
  }
  return { n: meta.n, facts: facts.length, countries: iso3s.length, precompute, step: summarise(samples), steps: samples.length };
}
