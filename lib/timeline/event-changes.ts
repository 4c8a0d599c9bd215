/**
 * The stance changes stated around an event (a summit): which countries changed category within a
 * few days of it. Built on countryChangePoints, so reaffirmations and retracted statements are
 * never counted as changes.
 */
import { addDays } from "../dates";
import { countryChangePoints } from "./timeline";
import type { DatePrecision, IsoDate, StanceKey, StatementFact } from "../types";

export type DatedFact = StatementFact & { statedOnPrecision: DatePrecision };

export type StanceChange = {
  countryIso3: string;
  date: IsoDate;
  precision: DatePrecision;
  from: StanceKey | null;
  to: StanceKey;
  statementId: number;
};

/** Every country's stance changes (the first stated position included), oldest first, then by ISO3. */
export function stanceChanges(facts: readonly DatedFact[]): StanceChange[] {
  const precision = new Map(facts.map((f) => [f.statementId, f.statedOnPrecision]));
  const changes: StanceChange[] = [];
  for (const [iso3, points] of countryChangePoints(facts)) {
    let from: StanceKey | null = null;
    for (const p of points) {
      changes.push({ countryIso3: iso3, date: p.date, precision: precision.get(p.statementId) ?? "day", from, to: p.stance, statementId: p.statementId });
      from = p.stance;
    }
  }
  return changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.countryIso3 < b.countryIso3 ? -1 : 1));
}

function lastDayOfMonth(firstDay: IsoDate): IsoDate {
  const [y, m] = firstDay.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${String(y + 1).padStart(4, "0")}-01-01` : `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/**
 * The changes stated within `days` days before or after `date` (inclusive). A month-precision
 * change (stored as the month's first day) is included when its month overlaps that window, since
 * it may have been stated on any day of the month; callers should say so when showing it.
 */
export function changesAround(changes: readonly StanceChange[], date: IsoDate, days: number): StanceChange[] {
  const start = addDays(date, -days);
  const end = addDays(date, days);
  return changes.filter((c) =>
    c.precision === "month" ? c.date <= end && lastDayOfMonth(c.date) >= start : c.date >= start && c.date <= end,
  );
}
