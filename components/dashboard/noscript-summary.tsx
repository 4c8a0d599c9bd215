/**
 * What the map view shows a reader without JavaScript, inside <noscript>: the legend's counts per
 * category, each a link to the same view as the table filtered to that category, and a link to the
 * whole table. The table view (`view=table`) is server-rendered with every country's row, quote and
 * sources, so it is the no-JS form of the map; repeating its 249 rows here cost a third of the
 * page's gzip at 100,000 statements (issue #16), sent to every reader, with JavaScript or without.
 * No hooks and no handlers: inside <noscript> it is drawn by the server only.
 */
import type { StanceFilterKey } from "@/lib/url/search-params";
import type { StanceCategory, StanceKey } from "@/lib/types";
import { countries } from "@/lib/format/format";

type Props = {
  categories: StanceCategory[];
  /** The page's counts (null when unknown: then only the links to the table are shown). */
  counts: Record<StanceKey, number> | null;
  none: number | null;
  /** The same view as the table; with `stances`, filtered to those categories instead of the view's own filter. */
  tableHref: (stances?: StanceFilterKey[]) => string;
};

export function NoscriptSummary({ categories, counts, none, tableHref }: Props) {
  const entries: { key: StanceFilterKey; label: string; count: number | null }[] = [
    ...categories.map((c) => ({ key: c.key, label: c.label, count: counts ? counts[c.key] : null })),
    { key: "none", label: "No stated position", count: none },
  ];
  return (
    <div className="noscript-summary" data-testid="noscript-summary">
      <p>
        The map needs JavaScript.{" "}
        <a href={tableHref()} data-testid="noscript-table-link">
          The same view as a table
        </a>{" "}
        lists every country with its position, the statement&apos;s quote and its sources.
      </p>
      <ul aria-label="Each category as a table">
        {entries.map((e) => (
          <li key={e.key} data-stance={e.key}>
            <a href={tableHref([e.key])}>{e.label}</a>
            {e.count === null ? null : `: ${countries(e.count)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
