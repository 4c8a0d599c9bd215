/**
 * A search hit as the page and the JSON API show it: the statement version, its links (statement
 * page, dashboard at its date with its country open) and, per text field that matches, the text
 * highlighted (segments for React, escaped HTML with `<mark>` for the API).
 */
import { highlightHtml, matchRanges } from "./highlight";

export const SEARCHED_FIELDS = ["quote", "quoteTranslation", "speaker", "note"] as const;
export type SearchedField = (typeof SEARCHED_FIELDS)[number] | "sources";

export type SearchLinks = { statement: string; dashboard: string };

/** What a hit needs of a statement (StatementDto has it; lib/ may not import db/ types). */
export type SearchableStatement = {
  id: number;
  statedOn: string;
  countryIso3: string;
  quote: string | null;
  quoteTranslation: string | null;
  speaker: string | null;
  note: string | null;
  sources: readonly { title: string; publisher: string | null }[];
};

/** The dashboard at the statement's date (a month-precision date counts from the 1st) with its country's panel. */
export function searchLinks(s: Pick<SearchableStatement, "id" | "statedOn" | "countryIso3">, known: number | null): SearchLinks {
  const params = new URLSearchParams({ date: s.statedOn, country: s.countryIso3 });
  if (known !== null) params.set("known", new Date(known).toISOString());
  return { statement: `/statements/${s.id}`, dashboard: `/?${params.toString()}` };
}

/** The source line searched for a statement: each cited source's title and publisher, primary first. */
export function sourceLines(s: Pick<SearchableStatement, "sources">): string[] {
  return s.sources.map((src) => (src.publisher ? `${src.title} — ${src.publisher}` : src.title));
}

/** The fields of `s` in which a term occurs. */
export function matchedFields(s: SearchableStatement, terms: readonly string[]): SearchedField[] {
  const fields: SearchedField[] = SEARCHED_FIELDS.filter((f) => {
    const v = s[f];
    return typeof v === "string" && matchRanges(v, terms).length > 0;
  });
  if (sourceLines(s).some((line) => matchRanges(line, terms).length > 0)) fields.push("sources");
  return fields;
}

export type SearchResultJson<T> = T & { links: SearchLinks; highlights: Partial<Record<SearchedField, string>> };

/** The API's shape: the statement, its links and escaped-HTML highlights of the matching fields. */
export function toSearchResultJson<T extends SearchableStatement>(s: T, terms: readonly string[], known: number | null): SearchResultJson<T> {
  const highlights: Partial<Record<SearchedField, string>> = {};
  for (const f of matchedFields(s, terms)) {
    highlights[f] = f === "sources" ? sourceLines(s).map((l) => highlightHtml(l, terms)).join(" · ") : highlightHtml(s[f] ?? "", terms);
  }
  return { ...s, links: searchLinks(s, known), highlights };
}
