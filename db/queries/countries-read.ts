import "server-only";
import type { Db } from "../client";
import type { Country } from "@/lib/types";

/** One country by ISO3 (exact, upper case), or null when there is no such country. */
export function getCountry(db: Db, iso3: string): Country | null {
  const row = db.$client.prepare("select iso3, iso2, numeric, name from countries where iso3 = ?").get(iso3) as Country | undefined;
  return row ?? null;
}

export type CountryWithCount = Country & { statements: number };

/** Countries with at least one current published statement, by name, with how many they have. */
export function listCountriesWithStatements(db: Db): CountryWithCount[] {
  return db.$client
    .prepare(
      `select c.iso3, c.iso2, c.numeric, c.name, count(*) as statements
       from countries c join statements s on s.country_iso3 = c.iso3
       where s.superseded_at is null and s.status = 'published'
       group by c.iso3 order by c.name`,
    )
    .all() as CountryWithCount[];
}
