import type { Source } from "@/lib/types";
import { formatDate, safeHttpUrl } from "@/lib/format/format";
import { NoAddress } from "./no-address";

type CitedSource = Pick<Source, "title" | "publisher" | "url" | "publishedOn"> & { archivedUrl?: string | null; note?: string | null };

/**
 * A source as a reader would cite it: title (linked only if http/https), publisher, date, archive.
 * A linked source always names its publisher and date, so a reader can check it; a source with no
 * address says why there is no link and how it was dated.
 */
export function Citation({ source }: { source: CitedSource }) {
  const href = safeHttpUrl(source.url);
  const archived = safeHttpUrl(source.archivedUrl);
  const date = source.publishedOn ? formatDate(source.publishedOn) : "date unknown";
  if (!href) {
    return (
      <span className="citation">
        <cite>{source.title}</cite>
        {source.publisher ? `, ${source.publisher}` : ""}
        {source.publishedOn ? `, ${formatDate(source.publishedOn)}` : ""}.{" "}
        {source.url ? (
          <span className="empty">Its recorded address is not a web (http or https) address, so it is not linked.</span>
        ) : (
          <NoAddress note={source.note} />
        )}
      </span>
    );
  }
  return (
    <span className="citation">
      <a href={href} rel="noopener noreferrer" target="_blank">
        {source.title}
      </a>
      , {source.publisher ?? "publisher not recorded"}, {date}
      {archived ? (
        <>
          {" "}
          (<a href={archived} rel="noopener noreferrer" target="_blank">archived</a>)
        </>
      ) : null}
    </span>
  );
}
