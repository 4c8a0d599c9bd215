/** What the Cite control shows and links: finished text from the server (app/_lib/cite/cited-view.ts). */
export type CiteData = {
  title: string;
  publisher: string;
  /** The frozen permalink of the view (its parameters plus `known`). */
  permalink: string;
  /** The instant the view is frozen at (ISO-8601). */
  known: string;
  /** The access date, YYYY-MM-DD. */
  accessed: string;
  apa: string;
  chicago: string;
  bibtexHref: string;
  cslHref: string;
  bundleCsvHref: string;
  bundleBibtexHref: string;
};
