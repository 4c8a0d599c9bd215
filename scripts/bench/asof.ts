/**
 * The as-of query (db layer: getStancesAsOf, every country) timed on the synthetic datasets, in
 * three cases: the data as known now; as known at an instant in the middle of the history, about
 * that same day (a link cited in a report); and as known then about the last day of the span (the
 * hard case: every statement recorded after `known` must be skipped). Each case also reports its
 * query plan, which must seek the as-of indexes rather than scan the statements table.
 */
import { openDatabase } from "@/db/client";
import { explainQueryPlan } from "@/db/query-plans";
import { stancesAsOfQuery } from "@/db/statements/as-of";
import { getStancesAsOf } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import type { IsoDate } from "@/lib/types";
import type { DatasetMeta } from "./dataset";
import { timeRepeated, type Summary } from "./support/stats";

export type AsOfCase = "now" | "known, same day" | "known, last day";
export type AsOfResult = { n: number; case: AsOfCase; date: IsoDate; known: number | null; countries: number; time: Summary; plan: string[] };

function cases(meta: DatasetMeta): { name: AsOfCase; date: IsoDate; known: number | null }[] {
  return [
    { name: "now", date: meta.spanEnd, known: null },
    { name: "known, same day", date: todayIso(new Date(meta.knownMid)), known: meta.knownMid },
    { name: "known, last day", date: meta.spanEnd, known: meta.knownMid },
  ];
}

function queryPlan(file: string, date: IsoDate, known: number | null): string[] {
  const db = openDatabase(file, { readonly: true });
  try {
    const { sql, params } = stancesAsOfQuery(date, known);
    return explainQueryPlan(db, sql, params).map((s) => s.detail);
  } finally {
    db.$client.close();
  }
}

/** True when a plan line reads the statements table (aliases s, x) without an index. */
export function isStatementsScan(planLine: string): boolean {
  return /^SCAN (statements|x|s)\b/.test(planLine) && !/USING (COVERING )?INDEX/.test(planLine);
}

export function benchAsOf(file: string, meta: DatasetMeta): AsOfResult[] {
  const db = openDatabase(file, { readonly: true });
  try {
    return cases(meta).map(({ name, date, known }) => {
      const countries = getStancesAsOf(db, date, known).length;
      const time = timeRepeated(() => getStancesAsOf(db, date, known), { minRuns: 100, minMs: 1000 });
      return { n: meta.n, case: name, date, known, countries, time, plan: queryPlan(file, date, known) };
    });
  } finally {
    db.$client.close();
  }
}
