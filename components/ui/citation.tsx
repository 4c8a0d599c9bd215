import type { Source } from "@/lib/types";
import { formatDate, safeHttpUrl } from "@/lib/format/format";

/** A source as a reader would cite it: title (linked only if http/https), publisher, date, archive. */
export function Citation({ source }: { source: Pick<Source, "title" | "publisher" | "url" | "publishedOn"> & { archivedUrl?: string | null } }) {
  const href = safeHttpUrl(source.url);
  const archived = safeHttpUrl(source.archivedUrl);
  return (
    <span className="citation">
      {href ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {source.publisher ? `, ${source.publisher}` : ""}
      {source.publishedOn ? `, ${formatDate(source.publishedOn)}` : ""}
      {archived ? (
        <>
          {" "}
          (<a href={archived} rel="noopener noreferrer" target="_blank">archived</a>)
        </>
      ) : null}
    </span>
  );
}
