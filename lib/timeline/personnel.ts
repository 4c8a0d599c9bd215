/**
 * The stated-personnel series: on each date, the sum of the minimum troop numbers (troopsMin) of
 * the countries' deciding statements, and how many countries gave a figure. Stated intentions, not
 * deployments: a number counts only where the statement itself gives one.
 */
import { addDays } from "../dates";
import type { ChangePoint, IsoDate } from "../types";

/** From `from` to `until` (inclusive) the stated minimums sum to `troops`, given by `countries`. */
export type PersonnelStep = { from: IsoDate; until: IsoDate; troops: number; countries: { iso3: string; name: string; troops: number }[] };

/**
 * The steps, one per date on which the sum or the set of countries with a figure changes, from
 * the first date a figure is stated; the last step runs until `end` (or its own date, if later).
 * `deciders` are each country's deciding statements in date order (Timeline.deciders), so a
 * restatement with a new figure counts from its date.
 */
export function personnelSteps(
  countries: readonly { iso3: string; name: string }[],
  deciders: (iso3: string) => readonly ChangePoint[],
  troopsOf: (statementId: number) => number | null,
  end: IsoDate,
): PersonnelStep[] {
  const moves: { date: IsoDate; iso3: string; troops: number | null }[] = [];
  for (const c of countries) for (const d of deciders(c.iso3)) moves.push({ date: d.date, iso3: c.iso3, troops: troopsOf(d.statementId) });
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const current = new Map<string, number>();
  const steps: PersonnelStep[] = [];
  const same = (a: PersonnelStep["countries"], b: PersonnelStep["countries"]) => a.length === b.length && a.every((x, i) => x.iso3 === b[i]!.iso3 && x.troops === b[i]!.troops);
  for (let i = 0; i < moves.length; ) {
    const date = moves[i]!.date;
    for (; i < moves.length && moves[i]!.date === date; i++) {
      const m = moves[i]!;
      if (m.troops === null) current.delete(m.iso3);
      else current.set(m.iso3, m.troops);
    }
    const giving = [...current]
      .map(([iso3, troops]) => ({ iso3, name: names.get(iso3) ?? iso3, troops }))
      .sort((a, b) => b.troops - a.troops || (a.name < b.name ? -1 : 1));
    const last = steps[steps.length - 1];
    if (last ? same(last.countries, giving) : giving.length === 0) continue;
    if (last) last.until = addDays(date, -1);
    steps.push({ from: date, until: date, troops: giving.reduce((n, c) => n + c.troops, 0), countries: giving });
  }
  const last = steps[steps.length - 1];
  if (last && end > last.from) last.until = end;
  return steps;
}
