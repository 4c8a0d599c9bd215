/** Countries: the fixed reference list, one country, and those with current published statements. */
import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { countries, statements } from "../schema";
import type { Country } from "@/lib/types";

export function listCountries(db: Db): Country[] {
  return db.select().from(countries).orderBy(asc(countries.name)).all();
}

/** One country by ISO3 (exact, upper case), or null when there is no such country. */
export function getCountry(db: Db, iso3: string): Country | null {
  return db.select().from(countries).where(eq(countries.iso3, iso3)).get() ?? null;
}

export type CountryWithCount = Country & { statements: number };

/** Countries with at least one current published statement, by name, with how many they have. */
export function listCountriesWithStatements(db: Db): CountryWithCount[] {
  return db
    .select({ iso3: countries.iso3, iso2: countries.iso2, numeric: countries.numeric, name: countries.name, statements: count() })
    .from(countries)
    .innerJoin(statements, eq(statements.countryIso3, countries.iso3))
    .where(and(isNull(statements.supersededAt), eq(statements.status, "published")))
    .groupBy(countries.iso3)
    .orderBy(asc(countries.name))
    .all();
}
