"use client";

/**
 * The table view: the same as-of state as the map, one table per category (section[data-stance]
 * with tr[data-iso3] rows), sortable and filterable, every country reachable by keyboard. Rendered
 * by the server for the URL's date; for another date it loads the rows from GET /api/v1/stances.
 */
import Link from "next/link";
import { useState } from "react";
import type { StanceFilterKey } from "@/lib/url/search-params";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { IsoDate, StanceCategory } from "@/lib/types";
import { countries as countCountries, formatLongDate } from "@/lib/format/format";
import { stancesUrl } from "./api-urls";
import type { ClaimView } from "@/lib/claims/claim-view";
import { StanceTableSection, type SortKey } from "./stance-table-section";
import { useFetchedJson } from "./use-fetched-json";

type Props = {
  date: IsoDate;
  known: number | null;
  categories: StanceCategory[];
  filter: ReadonlySet<StanceFilterKey> | null;
  allCountries: { iso3: string; name: string }[];
  initial: { url: string; data: StanceRow[] } | null;
  onOpen: (iso3: string) => void;
  /** The claim filters and scenario: the rows are the API's under the same view. */
  claims?: ClaimView;
};

const pickRows = (body: unknown) => (body as { countries: StanceRow[] }).countries;

export function StanceTable({ date, known, categories, filter, allCountries, initial, onOpen, claims }: Props) {
  const { data, previous, error, loading, retry } = useFetchedJson(stancesUrl(date, known, claims), initial, pickRows);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortKey>("name-asc");
  const rows = data ?? previous ?? [];
  const q = query.trim().toLowerCase();
  const matches = (name: string, iso3: string) => !q || name.toLowerCase().includes(q) || iso3.toLowerCase() === q;
  const visible = rows.filter((r) => matches(r.name, r.iso3));
  const stated = new Set(rows.map((r) => r.iso3));
  const noPosition = allCountries.filter((c) => !stated.has(c.iso3) && matches(c.name, c.iso3));

  return (
    <div className="stance-table" aria-busy={loading}>
      <div className="table-controls">
        <label>
          Filter by country <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <Link href="/methodology#categories" className="table-methodology">
          What the categories mean
        </Link>
        <span aria-live="polite" className="table-status">
          {loading ? `Loading ${formatLongDate(date)}…` : `${countCountries(visible.length)} with a stated position shown.`}
        </span>
      </div>
      {error ? (
        <p role="alert" className="notice">
          Could not load the table for {formatLongDate(date)}: {error}{" "}
          <button type="button" className="link-button" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
      {categories
        .filter((c) => !filter || filter.has(c.key))
        .map((c) => (
          <StanceTableSection
            key={c.key}
            category={c}
            rows={visible.filter((r) => r.stance === c.key)}
            sort={sort}
            onSort={setSort}
            onOpen={onOpen}
          />
        ))}
      {!filter || filter.has("none") ? (
        <details className="no-position">
          <summary>No stated position ({countCountries(noPosition.length)})</summary>
          <ul>
            {noPosition.map((c) => (
              <li key={c.iso3}>
                <button type="button" className="link-button" onClick={() => onOpen(c.iso3)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
