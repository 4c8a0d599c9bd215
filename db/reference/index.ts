/** Reference data's one home: countries and stance categories (read-only; seeded with the schema). */
export { getCountry, listCountries, listCountriesWithStatements, type CountryWithCount } from "./countries";
export { listCategories, stanceLabels } from "./categories";
