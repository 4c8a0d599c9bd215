import Link from "next/link";
import { formatDate, safeHttpUrl } from "@/lib/format/format";
import type { Source } from "@/lib/types";
import { NoAddress } from "@/components/ui/no-address";

/**
 * A source's full citation: title, publisher, dates, language, and its links. Only http(s) URLs
 * become links; any other stored value is shown as text so a reader can still see what it was.
 * An archived copy is offered beside the original. Publisher and date are always named (or said to
 * be unknown), and a source with no address says why and how it was dated, using its note if any.
 */
export function SourceLinks({ source, withPageLink = true }: { source: Source; withPageLink?: boolean }) {
  const href = safeHttpUrl(source.url);
  const archived = safeHttpUrl(source.archivedUrl);
  return (
    <dl className="source-links" data-testid="source-links">
      <dt>Title</dt>
      <dd>
        {href ? (
          <a href={href} rel="noopener noreferrer" target="_blank" data-testid="source-original-link">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
        {withPageLink ? (
          <>
            {" "}
            <Link href={`/sources/${source.id}`} className="quote-meta">
              (every statement citing it)
            </Link>
          </>
        ) : null}
      </dd>
      <dt>Publisher</dt>
      <dd>{source.publisher ?? <span className="empty">not recorded</span>}</dd>
      <dt>Published</dt>
      <dd>{source.publishedOn ? formatDate(source.publishedOn) : <span className="empty">date unknown</span>}</dd>
      {source.language ? (
        <>
          <dt>Language</dt>
          <dd>{source.language}</dd>
        </>
      ) : null}
      <dt>Original</dt>
      <dd>
        {href ? (
          <a href={href} rel="noopener noreferrer" target="_blank">
            {href}
          </a>
        ) : source.url ? (
          <span>
            <code>{source.url}</code> <span className="empty">(not an http(s) address, so not linked)</span>
          </span>
        ) : (
          <NoAddress note={source.note} />
        )}
      </dd>
      {source.archivedUrl ? (
        <>
          <dt>Archived copy</dt>
          <dd>
            {archived ? (
              <a href={archived} rel="noopener noreferrer" target="_blank" data-testid="source-archived-link">
                {archived}
              </a>
            ) : (
              <span>
                <code>{source.archivedUrl}</code> <span className="empty">(not an http(s) address, so not linked)</span>
              </span>
            )}
          </dd>
        </>
      ) : null}
      {source.retrievedOn ? (
        <>
          <dt>Retrieved</dt>
          <dd>{formatDate(source.retrievedOn)}</dd>
        </>
      ) : null}
      {/* With no address, the note is already shown as the reason there is no link. */}
      {source.note && source.url ? (
        <>
          <dt>Note</dt>
          <dd>{source.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
