/**
 * The plan of a synthetic dataset for the benchmarks: N statements by real countries over five
 * years, as CSV rows in the import format, each with the day it gets recorded, plus the later
 * edits and retractions. Pure and seeded: the same (n, countries, seed) gives the same plan.
 *
 * Shaped like the real thing rather than uniform noise: a few countries speak far more often than
 * most (a power law), statements cluster around summit days, a country mostly repeats its stance,
 * most statements are recorded within days but some are backfilled months later (the hard case
 * for "as known at") and a very few before the day they are dated (typos), a share uses month
 * precision, and many statements share each source.
 */
import type { CsvColumn } from "@/db/statements/csv";
import { addDays } from "@/lib/dates";
import { STANCE_KEYS, type ContributionKey, type IsoDate, type StanceKey } from "@/lib/types";
import { createRandom, type Random } from "./support/random";

export const SPAN_START: IsoDate = "2021-11-01";
export const SPAN_END: IsoDate = "2026-10-31";
const SPAN_DAYS = 1826;

export type PlannedStatement = { key: number; recordDay: IsoDate; row: Partial<Record<CsvColumn, string>> };
export type ChangeKind = "stance" | "quote" | "date" | "retract";
export type PlannedChange = { key: number; day: IsoDate; kind: ChangeKind; stance: StanceKey; shiftDays: number };
export type DatasetPlan = { statements: PlannedStatement[]; changes: PlannedChange[]; sources: number };

/** Shares of statements that are later edited (once or twice) and retracted. */
export const EDIT_SHARE = 0.1;
export const SECOND_EDIT_SHARE = 0.02;
export const RETRACT_SHARE = 0.03;
/** Statements recorded before the day they are dated (typos): rare, but the as-of query must find them. */
export const FUTURE_DATED_SHARE = 0.002;

const STANCE_WEIGHTS = [10, 4, 3, 8, 20, 35, 20];
const PUBLISHERS = Array.from({ length: 40 }, (_, i) => `Synthetic Publisher ${i + 1}`);
const LANGUAGES = ["en", "fr", "de", "pl", "it", "es", "nl", "sv", "pt-BR"];

function contributionsFor(stance: StanceKey, rnd: Random): ContributionKey[] {
  switch (stance) {
    case "troops":
      return rnd.chance(0.5) ? ["ground", "training"] : ["ground"];
    case "air_policing":
      return ["air"];
    case "naval":
      return ["naval"];
    case "training_only":
      return ["training"];
    case "support_only":
      return rnd.chance(0.5) ? ["financing", "equipment"] : ["equipment"];
    default:
      return rnd.chance(0.2) ? ["financing"] : [];
  }
}

/** Days between saying and recording: mostly days, sometimes weeks, a few backfilled much later. */
function recordingLag(rnd: Random): number {
  const r = rnd.next();
  if (r < 0.7) return rnd.int(0, 3);
  if (r < 0.95) return rnd.int(4, 30);
  return rnd.int(31, 540);
}

function later(day: IsoDate, days: number): IsoDate {
  const d = addDays(day, days);
  const last = addDays(SPAN_END, 60);
  return d > last ? last : d;
}

function earlier(day: IsoDate, days: number): IsoDate {
  const d = addDays(day, -days);
  return d < SPAN_START ? SPAN_START : d;
}

export function planDataset(n: number, iso3s: readonly string[], seed: number): DatasetPlan {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const rnd = createRandom(seed);
  const countries = rnd.shuffle([...iso3s]);
  const countryWeights = countries.map((_, i) => 1 / Math.pow(i + 1, 0.7));
  const summits = Array.from({ length: 60 }, () => rnd.int(0, SPAN_DAYS - 1));
  const sourceCount = Math.max(25, Math.round(n / 20));

  // Who speaks when; stances are assigned afterwards, in date order per country.
  const said = Array.from({ length: n }, (_, key) => {
    const offset = rnd.chance(0.35) ? Math.min(SPAN_DAYS - 1, rnd.pick(summits) + rnd.int(0, 2)) : rnd.int(0, SPAN_DAYS - 1);
    return { key, iso3: rnd.weighted(countries, countryWeights), day: addDays(SPAN_START, offset), stance: "undecided" as StanceKey };
  });
  const byCountry = [...said].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : a.key - b.key));
  let previous: { iso3: string; stance: StanceKey } | null = null;
  for (const s of byCountry) {
    const repeat = previous?.iso3 === s.iso3 && rnd.chance(0.55);
    s.stance = repeat && previous ? previous.stance : rnd.weighted(STANCE_KEYS, STANCE_WEIGHTS);
    previous = s;
  }

  const statements: PlannedStatement[] = said.map(({ key, iso3, day, stance }) => {
    const monthPrecision = rnd.chance(0.08);
    const source = rnd.int(1, sourceCount);
    const withUrl = source % 10 !== 0; // a tenth of the sources are matched by title and publisher
    return {
      key,
      recordDay: rnd.chance(FUTURE_DATED_SHARE) ? earlier(day, rnd.int(1, 30)) : later(day, recordingLag(rnd)),
      row: {
        country: iso3,
        stated_on: monthPrecision ? day.slice(0, 7) : day,
        stance,
        contributions: contributionsFor(stance, rnd).join(";"),
        conditions: rnd.chance(0.2) ? "only after a ceasefire is agreed and with a parliamentary mandate" : "",
        quote: `Synthetic statement ${key + 1} by ${iso3} on ${day}: a short quotation of what was said.`,
        quote_language: rnd.pick(LANGUAGES),
        speaker: `Synthetic Speaker ${rnd.int(1, 400)}`,
        source_title: `Synthetic source ${source}`,
        source_publisher: PUBLISHERS[source % PUBLISHERS.length]!,
        source_url: withUrl ? `https://bench.example.org/articles/${source}` : "",
        source_published_on: day,
        confidence: rnd.weighted(["high", "medium", "low"], [50, 35, 15]),
        note: rnd.chance(0.1) ? "Generated for the benchmarks." : "",
      },
    };
  });

  const changes: PlannedChange[] = [];
  for (const s of statements) {
    const edits = rnd.chance(EDIT_SHARE) ? (rnd.chance(SECOND_EDIT_SHARE / EDIT_SHARE) ? 2 : 1) : 0;
    let day = s.recordDay;
    for (let e = 0; e < edits; e++) {
      day = later(day, rnd.int(1, 120));
      const kind = rnd.weighted<ChangeKind>(["stance", "quote", "date"], [40, 40, 20]);
      changes.push({ key: s.key, day, kind, stance: rnd.weighted(STANCE_KEYS, STANCE_WEIGHTS), shiftDays: rnd.int(-10, -1) });
    }
    if (rnd.chance(RETRACT_SHARE)) {
      changes.push({ key: s.key, day: later(day, rnd.int(1, 200)), kind: "retract", stance: "undecided", shiftDays: 0 });
    }
  }
  const byDay = <T extends { key: number }>(dayOf: (x: T) => IsoDate) => (a: T, b: T) =>
    dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : a.key - b.key;
  statements.sort(byDay((s) => s.recordDay));
  // Stable sort: a statement's own changes keep their planned order (a retraction stays last).
  changes.sort(byDay((c) => c.day));
  return { statements, changes, sources: sourceCount };
}
