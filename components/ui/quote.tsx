/**
 * THE way a quote is shown, wherever one appears (dashboard panel and table, country, statement,
 * compare and events pages): the original in an element tagged with its language, the language as
 * a word ("German"), then, for a non-English quote with a translation, the English text marked as a
 * translation and by whom. Takes the record itself, so a field added to quotes needs no caller change.
 */
import { isEnglish, languageName } from "@/lib/format/format";

export type QuoteValues = {
  quote: string | null;
  quoteLanguage: string | null;
  quoteTranslation?: string | null;
  translationBy?: "editor" | "machine" | null;
};

const BY = { editor: "tracker's editors", machine: "machine" } as const;

/** `block`: a blockquote (panels, pages); otherwise an inline `q` (table cells, lists). */
export function Quote({ of: v, block = false }: { of: QuoteValues; block?: boolean }) {
  if (!v.quote) return null;
  const lang = v.quoteLanguage ?? undefined;
  const language = languageName(v.quoteLanguage);
  const translation = v.quoteTranslation && !isEnglish(v.quoteLanguage) ? v.quoteTranslation : null;
  const Wrap = block ? "div" : "span";
  return (
    <Wrap className="quote-with-translation" data-quote-language={v.quoteLanguage ?? ""}>
      {block ? (
        <blockquote className="quote" lang={lang}>
          {v.quote}
        </blockquote>
      ) : (
        <q className="quote" lang={lang}>
          {v.quote}
        </q>
      )}
      {language ? <span className="quote-language"> ({language})</span> : null}
      {translation ? (
        <Wrap className="quote-translation" lang="en" data-translation-by={v.translationBy ?? ""}>
          <span className="translation-mark">Translation{v.translationBy ? ` (${BY[v.translationBy]})` : ""}:</span> {translation}
        </Wrap>
      ) : null}
    </Wrap>
  );
}
