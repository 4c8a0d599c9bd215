import Link from "next/link";
import { StanceBadge } from "@/components/country/stance-badge";
import { formatDate, isEnglish, languageName } from "@/lib/format/format";
import { highlightSegments } from "@/lib/search/highlight";
import { searchLinks, sourceLines, type SearchableStatement } from "@/lib/search/results";
import type { DatePrecision, StanceCategory, StanceKey } from "@/lib/types";
import { Highlighted } from "./highlighted";

export type SearchHit = SearchableStatement & {
  countryName: string;
  statedOnPrecision: DatePrecision;
  stance: StanceKey;
  quoteLanguage: string | null;
};

/** The matching statements, each with its country, date, stance, highlighted texts and links. */
export function SearchResults({ hits, terms, known, categories }: { hits: readonly SearchHit[]; terms: readonly string[]; known: number | null; categories: readonly StanceCategory[] }) {
  const mark = (text: string) => <Highlighted segments={highlightSegments(text, terms)} />;
  return (
    <ol className="search-results" data-testid="search-results">
      {hits.map((s) => {
        const links = searchLinks(s, known);
        const translation = s.quoteTranslation && !isEnglish(s.quoteLanguage) ? s.quoteTranslation : null;
        return (
          <li key={s.id} className="search-result" data-statement-id={s.id}>
            <p className="search-result-head">
              <strong>{s.countryName}</strong>, <time dateTime={s.statedOn}>{formatDate(s.statedOn, s.statedOnPrecision)}</time>{" "}
              <StanceBadge category={categories.find((c) => c.key === s.stance) ?? null} />
            </p>
            {s.quote ? (
              <p className="search-quote">
                <q className="quote" lang={s.quoteLanguage ?? undefined}>
                  {mark(s.quote)}
                </q>
                {languageName(s.quoteLanguage) ? <span className="quote-language"> ({languageName(s.quoteLanguage)})</span> : null}
              </p>
            ) : null}
            {translation ? (
              <p className="search-translation quote-translation" lang="en">
                <span className="translation-mark">Translation:</span> {mark(translation)}
              </p>
            ) : null}
            {s.speaker ? <p className="search-speaker">Speaker: {mark(s.speaker)}</p> : null}
            {s.note ? <p className="search-note">Note: {mark(s.note)}</p> : null}
            <p className="search-sources">Source: {sourceLines(s).map((line, i) => <span key={i}>{i > 0 ? " · " : ""}{mark(line)}</span>)}</p>
            <p className="search-links">
              <Link href={links.statement} className="search-statement-link">Statement #{s.id}</Link> ·{" "}
              <Link href={links.dashboard} className="search-dashboard-link">On the dashboard at {formatDate(s.statedOn, s.statedOnPrecision)}</Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
