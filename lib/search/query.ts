/**
 * A reader's search text as search terms, and each term as an FTS5 string. Pure: the db layer
 * (db/search/query.ts) builds its MATCH expressions from these, the pages and the API their
 * highlights (highlight.ts).
 *
 * A term is never FTS5 syntax: each is one double-quoted FTS5 string (inner quotes doubled), so
 * `OR`, `NEAR(`, `*`, `-`, `^` and `quote:` are searched as text, never run as operators or
 * column filters. Words are split on white space; punctuation at a word's edges is dropped
 * ("Truppen," searches "Truppen"); every term must occur (AND).
 */

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 8;
/** The trigram index matches substrings of at least this many characters; shorter terms are whole words. */
export const MIN_SUBSTRING_CHARS = 3;

export type SearchTerms = { ok: true; terms: string[] } | { ok: false; error: string };

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CONTROL = /\p{Cc}/gu;

/** Case and diacritics folded as the indexes fold them (remove_diacritics): "Ü" → "u". */
export function foldText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The terms of `q`, or an error message naming the problem (for the page and the API's 400). */
export function parseSearchQuery(q: string | null | undefined): SearchTerms {
  const text = (q ?? "").normalize("NFC").trim();
  if (text === "") return { ok: false, error: "enter a word to search for" };
  if ([...text].length > MAX_QUERY_CHARS) return { ok: false, error: `at most ${MAX_QUERY_CHARS} characters (got ${[...text].length})` };
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of text.replace(CONTROL, " ").split(/\s+/u)) {
    const term = word.replace(EDGE_PUNCTUATION, "");
    if (term === "" || seen.has(foldText(term))) continue;
    seen.add(foldText(term));
    terms.push(term);
  }
  if (terms.length === 0) return { ok: false, error: "no letters or digits to search for" };
  if (terms.length > MAX_TERMS) return { ok: false, error: `at most ${MAX_TERMS} words (got ${terms.length})` };
  return { ok: true, terms };
}

/** True when the trigram index can match `term` as a substring (3+ characters once folded). */
export function isSubstringTerm(term: string): boolean {
  return [...foldText(term)].length >= MIN_SUBSTRING_CHARS;
}

/**
 * One FTS5 string: the term as text, whatever it contains. Control characters become spaces
 * (SQLite's FTS5 parser stops a string at NUL: "unterminated string").
 */
export function ftsString(term: string): string {
  return `"${term.replace(CONTROL, " ").replaceAll('"', '""')}"`;
}

/** An FTS5 MATCH expression that requires every term (implicit AND of strings), or null for none. */
export function ftsAllOf(terms: readonly string[]): string | null {
  return terms.length === 0 ? null : terms.map(ftsString).join(" ");
}
