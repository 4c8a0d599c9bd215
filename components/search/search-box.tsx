import "./search.css";
import { MAX_QUERY_CHARS } from "@/lib/search/query";

/**
 * The search form: a plain GET form to /search, so it works without JavaScript and every search
 * is a link. `known` (a frozen view) is carried along, so the search sees the same data.
 */
export function SearchBox({ q = "", known = null, autoFocus = false }: { q?: string; known?: number | null; autoFocus?: boolean }) {
  return (
    <form className="search-box" role="search" action="/search" method="get">
      <label htmlFor="search-q">Search quotes and sources</label>
      <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_CHARS} required autoFocus={autoFocus} placeholder="e.g. Bodentruppen, Macron" />
      {known !== null ? <input type="hidden" name="known" value={new Date(known).toISOString()} /> : null}
      <button type="submit">Search</button>
    </form>
  );
}
