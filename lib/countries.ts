/**
 * ISO 3166-1 countries and resolution of what people type (codes, names, common aliases) to ISO3.
 * Kosovo (XK/XKX), which i18n-iso-countries includes, is left out: it has no ISO 3166-1 code.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import type { Country } from "./types";

countries.registerLocale(en);

const NOT_ISO = new Set(["XK"]);

// The library's first English name is often the formal one ("Russian Federation", "Taiwan,
// Province of China"); for display we want the short name people use. These also resolve.
const SHORT_NAMES: Record<string, string> = {
  CD: "DR Congo",
  CN: "China",
  FM: "Micronesia",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Vatican City",
  VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands",
};

// Names the library lacks that editors are likely to type; resolvable, never displayed.
const EXTRA_ALIASES: Record<string, string[]> = { CD: ["DRC", "Congo-Kinshasa"], CG: ["Congo-Brazzaville"], VA: ["Holy See", "Vatican"] };

/** Lower-case, no diacritics, one kind of apostrophe, single spaces, no leading "the". */
function normaliseName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

type Index = { list: Country[]; byIso3: Map<string, Country>; byName: Map<string, string | null> };
let index: Index | undefined;

// Built on first use rather than at import, so pages that only import a type pay nothing.
function getIndex(): Index {
  if (index) return index;
  const names = countries.getNames("en", { select: "all" });
  const list: Country[] = [];
  const byName = new Map<string, string | null>();
  for (const [iso2, iso3] of Object.entries(countries.getAlpha2Codes())) {
    if (NOT_ISO.has(iso2)) continue;
    const all = names[iso2] ?? [];
    const name = SHORT_NAMES[iso2] ?? all[0] ?? iso2;
    list.push({ iso3, iso2, numeric: (countries.alpha2ToNumeric(iso2) ?? "").padStart(3, "0"), name });
    for (const n of new Set([name, ...all, ...(EXTRA_ALIASES[iso2] ?? [])])) {
      const key = normaliseName(n);
      const seen = byName.get(key);
      // A name shared by two countries ("Congo") resolves to neither: guessing would misfile.
      byName.set(key, seen === undefined || seen === iso3 ? iso3 : null);
    }
  }
  list.sort((a, b) => a.name.localeCompare(b.name, "en"));
  index = { list, byIso3: new Map(list.map((c) => [c.iso3, c])), byName };
  return index;
}

/** Every ISO 3166-1 country with its codes and short English name, sorted by name. */
export function listAllCountries(): Country[] {
  return [...getIndex().list];
}

/** The country with this ISO3 code (upper-case), if it is an ISO 3166-1 country. */
export function getCountry(iso3: string): Country | undefined {
  return getIndex().byIso3.get(iso3);
}

/**
 * Resolves user input to an ISO3 code: an alpha-3 or alpha-2 code (any case) or an English name
 * or alias the library knows ("Germany", "UK", "Ivory Coast", "Türkiye"/"Turkey"), compared
 * ignoring case, diacritics and a leading "the". Ambiguous names ("Congo") and unknowns give null.
 */
export function resolveCountry(input: string): string | null {
  const { byIso3, byName } = getIndex();
  const s = input.trim();
  const upper = s.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && byIso3.has(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper) && !NOT_ISO.has(upper)) {
    const iso3 = countries.alpha2ToAlpha3(upper);
    if (iso3) return iso3;
  }
  return byName.get(normaliseName(s)) ?? null;
}
