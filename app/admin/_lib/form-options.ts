import "server-only";
import type { Db } from "@/db/client";
import { listCountries } from "@/db/reference";
import { searchSources } from "@/db/sources";
import { listCategories } from "@/db/reference";
import { sourceLabel } from "@/lib/format/source-label";
import { statementFormSpec } from "@/db/statements/fields";

/** What the statement and summit forms offer: countries, recent sources, stance categories. */
export function formOptions(db: Db) {
  return {
    countries: listCountries(db).map(({ iso3, name }) => ({ iso3, name })),
    sources: searchSources(db).map((s) => ({ id: s.id, label: sourceLabel(s) })),
    stances: listCategories(db).map(({ key, label }) => ({ key, label })),
  };
}

/** The statement form's options plus its fields (db/statements/fields.ts), which it renders generically. */
export function statementFormOptions(db: Db) {
  const { stances, ...options } = formOptions(db);
  return { ...options, fields: statementFormSpec(stances) };
}
