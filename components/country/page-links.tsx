import Link from "next/link";

/** `keep`: the page's other parameters (`date`, `known`) as a query string ("" or "?…"), kept on every link. */
type Props = { iso3: string; page: number; pageCount: number; first: number; last: number; total: number; keep?: string };

/** `/countries/ISO?page=N`; page 1 is the page's own address, so it has one URL. */
export function countryPageHref(iso3: string, page: number, keep = ""): string {
  const q = new URLSearchParams(keep);
  if (page !== 1) q.set("page", String(page));
  const query = q.toString();
  return query === "" ? `/countries/${iso3}` : `/countries/${iso3}?${query}`;
}

/**
 * Where a country's long list of statements is on this page and links to the pages around it:
 * plain links, so they work without JavaScript. The first, the neighbours and the last page, the
 * rest skipped, so the links stay few however long the history.
 */
export function PageLinks({ iso3, page, pageCount, first, last, total, keep = "" }: Props) {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav className="page-links" aria-label="Pages of statements" data-testid="statement-pages">
      <p>
        Statements {first.toLocaleString("en-GB")}–{last.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}, newest first. Page {page} of {pageCount}.
      </p>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={countryPageHref(iso3, page - 1, keep)} rel="prev" prefetch={false}>
              Newer statements
            </Link>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            {p === page ? (
              <span aria-current="page">{p}</span>
            ) : (
              <Link href={countryPageHref(iso3, p, keep)} prefetch={false} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={countryPageHref(iso3, page + 1, keep)} rel="next" prefetch={false}>
              Older statements
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
