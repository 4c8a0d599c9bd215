import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { searchStatements } from "@/db/search";
import { parseInstant } from "@/lib/dates";
import { parseSearchQuery } from "@/lib/search/query";
import { SearchBox } from "@/components/search/search-box";
import { SearchResults } from "@/components/search/search-results";
import { FrozenNote } from "@/components/ui/frozen-note";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export const metadata: Metadata = { title: "Search statements" };

/** /search?q=[&known=&before=]: statements whose texts contain every word, newest recorded first. */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const q = first(sp.q);
  const notices: string[] = [];
  const knownRaw = first(sp.known);
  const known = knownRaw === "" ? null : parseInstant(knownRaw);
  if (knownRaw !== "" && known === null) notices.push(`known: expected an instant such as 2026-01-07T12:00:00Z (or a date), got '${knownRaw.slice(0, 40)}'; searching the data as known now.`);
  const beforeRaw = first(sp.before);
  const before = /^[1-9]\d{0,15}$/.test(beforeRaw) && Number.isSafeInteger(Number(beforeRaw)) ? Number(beforeRaw) : null;
  if (beforeRaw !== "" && before === null) notices.push(`before: expected a whole number, got '${beforeRaw.slice(0, 40)}'; showing the first page.`);
  const parsed = q === "" ? null : parseSearchQuery(q);
  const page = parsed?.ok ? searchStatements(getDb(), parsed.terms, { known, before }) : null;
  const next = page?.next ? `/search?${new URLSearchParams({ q, ...(known !== null ? { known: new Date(known).toISOString() } : {}), before: String(page.next) })}` : null;
  return (
    <article className="search-page" data-testid="search-page">
      <h1>Search statements</h1>
      <SearchBox q={q} known={known} autoFocus={q === ""} />
      <p className="search-help">
        Finds published statements whose quote, translation, speaker, note or source title and publisher contain every word, in
        any case and with or without accents; a word of three or more letters also matches inside longer words
        (&quot;truppen&quot; finds &quot;Bodentruppen&quot;), a shorter one (&quot;EU&quot;) only as a whole word.
      </p>
      <FrozenNote known={known} currentHref={`/search?${new URLSearchParams({ q })}`} />
      {notices.map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      {parsed && !parsed.ok ? (
        <p className="notice search-error" role="alert">
          Search: {parsed.error}.
        </p>
      ) : null}
      {page && parsed?.ok ? (
        page.results.length === 0 ? (
          <p className="search-none" role="status">
            No {before !== null ? "more " : ""}published statement contains {parsed.terms.map((t) => `“${t}”`).join(" and ")}.
          </p>
        ) : (
          <>
            <p className="search-count" role="status">
              {before !== null ? "More statements" : "Statements"} containing {parsed.terms.map((t) => `“${t}”`).join(" and ")}, most recently recorded first:
            </p>
            <SearchResults hits={page.results} terms={parsed.terms} known={known} categories={listCategories(getDb())} />
            {next ? (
              <p>
                <Link href={next} rel="next" className="search-next">
                  More results
                </Link>
              </p>
            ) : null}
          </>
        )
      ) : null}
    </article>
  );
}
