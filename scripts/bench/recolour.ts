/**
 * The client's work when the time slider moves, with the dashboard's own functions: the page
 * ships getTimelinePayload's packed timeline, the browser unpacks it once (unpackTimeline), then
 * every slider step computes each country's change point on the new date (stateOn), the counts
 * (countState), and, per country, its look and Leaflet style (components/map/map-style.ts), as
 * CountryLayer's repaint does before its DOM writes. Timed per step over a sweep of the span.
 */
import zlib from "node:zlib";
import { openDatabase } from "@/db/client";
import { listCategories } from "@/db/reference";
import { getTimelinePayload } from "@/db/statements";
import { countryStyle, sameLook, type CountryLook } from "@/components/map/map-style";
import { addDays } from "@/lib/dates";
import { countState, stateOn, unpackTimeline } from "@/lib/timeline/timeline-payload";
import type { IsoDate, StanceKey } from "@/lib/types";
import type { DatasetMeta } from "./dataset";
import { summarise, timeRepeated, type Summary } from "./support/stats";

export type RecolourResult = {
  n: number;
  countries: number;
  payloadBytes: number;
  payloadGzip: number;
  precompute: Summary;
  step: Summary;
  steps: number;
  repainted: number;
};

function load(file: string) {
  const db = openDatabase(file, { readonly: true });
  try {
    const colours = Object.fromEntries(listCategories(db).map((c) => [c.key, c.colour])) as Record<StanceKey, string>;
    return { payload: getTimelinePayload(db), colours };
  } finally {
    db.$client.close();
  }
}

export function benchRecolour(file: string, meta: DatasetMeta): RecolourResult {
  const { payload, colours } = load(file);
  const json = JSON.stringify(payload);
  // Unpacking happens once per page load (and per `known`), off the slider's path.
  const precompute = timeRepeated(() => unpackTimeline(JSON.parse(json) as typeof payload), { warmup: 2, minRuns: 10, minMs: 500, maxRuns: 50 });
  const timeline = unpackTimeline(payload);
  const applied = new Map<string, CountryLook>();
  let repainted = 0;
  const step = (date: IsoDate) => {
    const state = stateOn(timeline, date);
    countState(state, timeline.countries.length);
    for (const { iso3 } of timeline.countries) {
      const point = state.get(iso3) ?? null;
      const look: CountryLook = { stance: point?.stance ?? null, statementId: point?.statementId ?? null, dimmed: false, selected: false, faded: false, small: false };
      if (sameLook(applied.get(iso3), look)) continue;
      applied.set(iso3, look);
      countryStyle(look, colours, false);
      repainted++;
    }
  };
  // A drag across five years, one step per day, swept five times after a warm-up sweep.
  const dates: IsoDate[] = [];
  for (let d = meta.spanStart; d <= meta.spanEnd; d = addDays(d, 1)) dates.push(d);
  for (const d of dates) step(d);
  repainted = 0;
  const samples: number[] = [];
  for (let sweep = 0; sweep < 5; sweep++) {
    for (const d of dates) {
      const t0 = performance.now();
      step(d);
      samples.push(performance.now() - t0);
    }
  }
  return {
    n: meta.n,
    countries: timeline.countries.length,
    payloadBytes: Buffer.byteLength(json),
    payloadGzip: zlib.gzipSync(json, { level: 9 }).length,
    precompute,
    step: summarise(samples),
    steps: samples.length,
    repainted: Math.round(repainted / samples.length),
  };
}
