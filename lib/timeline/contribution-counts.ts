/**
 * What the coalition offers on a date: for each kind of contribution, the countries whose deciding
 * statement names it. A country may offer several kinds, so the counts do not add up to the number
 * of countries.
 */
import { CONTRIBUTION_KEYS, type ContributionKey } from "../types";

/** Display labels for contribution keys, in the order of CONTRIBUTION_KEYS. */
export const CONTRIBUTION_LABELS: Record<ContributionKey, string> = {
  ground: "Ground forces",
  air: "Air",
  naval: "Naval",
  training: "Training",
  financing: "Financing",
  equipment: "Equipment",
  monitoring: "Monitoring",
  regional_presence: "Regional presence",
};

export type ContributionCount = {
  key: ContributionKey;
  label: string;
  count: number;
  countries: { iso3: string; name: string }[];
};

type Offer = { countryIso3: string; countryName: string; contributions: readonly ContributionKey[] };

/**
 * One row per contribution kind (all eight, in CONTRIBUTION_KEYS order, zero rows included so the
 * chart's axis never changes shape), each with its countries sorted by name. A country that names
 * the same kind twice counts once.
 */
export function countContributions(offers: readonly Offer[]): ContributionCount[] {
  return CONTRIBUTION_KEYS.map((key) => {
    const countries = new Map<string, string>();
    for (const o of offers) if (o.contributions.includes(key)) countries.set(o.countryIso3, o.countryName);
    const list = [...countries].map(([iso3, name]) => ({ iso3, name })).sort((a, b) => a.name.localeCompare(b.name, "en"));
    return { key, label: CONTRIBUTION_LABELS[key], count: list.length, countries: list };
  });
}
