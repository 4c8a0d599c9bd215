"use client";

/**
 * The table view: the same as-of state as the map, as one master table (tr[data-iso3][data-stance]
 * rows; components/dashboard/master-table.tsx) sorted by any column (`sort=`) and filtered by text
 * (`q=`), every country reachable by keyboard, with a CSV of exactly the rows shown. Rendered by
 * the server for the URL's date, sort and filter; for another date it loads the rows from
 * GET /api/v1/stances. Sorting and filtering change the URL in place (no request); without
 * JavaScript the header's links and the filter's GET form ask the server for the same view.
 */
import Link from "next/link";
import { useMemo } from "react";
import type { StanceFilterKey } from "@/lib/url/search-params";
import { DEFAULT_SORT, MAX_QUERY_LENGTH, masterRows, type MasterSort } from "@/lib/timeline/master-table";
import { masterCsvHref } from "@/lib/timeline/master-csv";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { IsoDate, StanceCategory } from "@/lib/types";
import { countries as countCountries, formatLongDate } from "@/lib/format/format";
import { NO_POSITION_FILL } from "@/components/map/map-style";
import { stancesUrl } from "./api-urls";
import { NO_POSITION_DESCRIPTION } from "./legend";
import { MasterTable } from "./master-table";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { GroupKey } from "@/lib/groups/group-view";
import { useFetchedJson } from "./use-fetched-json";

type Props = {
  date: IsoDate;
  known: number | null;
  categories: StanceCategory[];
  filter: ReadonlySet<StanceFilterKey> | null;
  allCountries: { iso3: string; name: string }[];
  initial: { url: string; data: StanceRow[] } | null;
  sort: MasterSort | null;
  q: string | null;
  /** The dashboard's address with this sort (the header's links, for readers without JavaScript). */
  hrefFor: (sort: MasterSort) => string;
  /** The view's other parameters, carried by the filter's GET form. */
  formParams: Record<string, string>;
  onSort: (sort: MasterSort) => void;
  onQuery: (q: string | null) => void;
  onOpen: (iso3: string) => void;
  /** The claim filters and scenario: the rows are the API's under the same view. */
  claims?: ClaimView;
  /** The view's group (the rows are its members'; allCountries is already narrowed to them). */
  group?: GroupKey | null;
  /** The view's stale threshold (`stale=`): rows older than it are marked. */
  stale?: number | false;
};

const EMPTY: StanceRow[] = [];
const pickRows = (body: unknown) => (body as { countries: StanceRow[] }).countries;

export function StanceTable({ date, known, categories, filter, allCountries, initial, sort, q, hrefFor, formParams, onSort, onQuery, onOpen, claims, group = null, stale }: Props) {
  const { data, previous, error, loading, retry } = useFetchedJson(stancesUrl(date, known, claims, group), initial, pickRows);
  const rows = data ?? previous ?? EMPTY;
  const ctx = useMemo(() => ({ date, stances: categories, stale }), [date, categories, stale]);
  // The legend's filter first (rows as given), then the table's own text filter and order.
  const shown = useMemo(
    () => masterRows(rows.filter((r) => !filter || filter.has(r.stance)), ctx, { sort, q }),
    [rows, filter, ctx, sort, q],
  );
  const csvHref = useMemo(() => masterCsvHref(shown, ctx), [shown, ctx]);
  const needle = (q ?? "").trim().toLowerCase();
  const stated = new Set(rows.map((r) => r.iso3));
  const noPosition = allCountries.filter((c) => !stated.has(c.iso3) && (!needle || c.name.toLowerCase().includes(needle) || c.iso3.toLowerCase() === needle));

  return (
    <div className="stance-table" aria-busy={loading}>
      <div className="table-controls">
        <form method="get" action="/" role="search" aria-label="Filter the table" onSubmit={(e) => e.preventDefault()}>
          {Object.entries(formParams).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label>
            Filter{" "}
            <input
              type="search"
              name="q"
              maxLength={MAX_QUERY_LENGTH}
              defaultValue={q ?? ""}
              placeholder="country, speaker, condition…"
              onChange={(e) => onQuery(e.target.value.trim() === "" ? null : e.target.value)}
            />
          </label>{" "}
          <noscript>
            <button type="submit">Filter</button>
          </noscript>
        </form>
        <a href={csvHref} download={`coalition-table-${date}.csv`} className="button" data-testid="table-csv-download">
          Download these rows (CSV)
        </a>
        <Link href="/methodology#categories" className="table-methodology">
          What the categories mean
        </Link>
        <span aria-live="polite" className="table-status">
          {loading ? `Loading ${formatLongDate(date)}…` : `${countCountries(shown.length)} with a stated position shown.`}
        </span>
      </div>
      {/* The table view's header explains every category, as the legend's descriptions do on the map. */}
      <details className="category-key" data-testid="category-key">
        <summary>What each category means</summary>
        <dl>
          {categories.map((c) => (
            <div key={c.key} data-category={c.key}>
              <dt>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {c.label}
              </dt>
              <dd>{c.description}</dd>
            </div>
          ))}
          <div data-category="none">
            <dt>
              <span className="swatch" style={{ background: NO_POSITION_FILL }} aria-hidden="true" />
              No stated position
            </dt>
            <dd>{NO_POSITION_DESCRIPTION}</dd>
          </div>
        </dl>
      </details>
      {error ? (
        <p role="alert" className="notice">
          Could not load the table for {formatLongDate(date)}: {error}{" "}
          <button type="button" className="link-button" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="empty">No country with a stated position matches{q ? ` “${q}”` : ""} on this date.</p>
      ) : (
        <MasterTable rows={shown} ctx={ctx} categories={categories} sort={sort ?? DEFAULT_SORT} hrefFor={hrefFor} onSort={onSort} onOpen={onOpen} />
      )}
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
