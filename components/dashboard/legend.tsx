"use client";

/**
 * The legend: each category's colour and how many countries stand there on the date. Each entry
 * is also a toggle that filters the map and the table to the chosen categories.
 */
import Link from "next/link";
import type { StanceFilterKey } from "@/lib/url/search-params";
import type { StanceCategory, StanceKey } from "@/lib/types";
import { NO_POSITION_FILL } from "@/components/map/map-style";

type Props = {
  categories: StanceCategory[];
  /** Null while unknown (the timeline is still loading and the date has moved): shown as "…". */
  counts: Record<StanceKey, number> | null;
  none: number | null;
  filter: ReadonlySet<StanceFilterKey> | null;
  onFilter: (keys: StanceFilterKey[] | null) => void;
};

export function Legend({ categories, counts, none, filter, onFilter }: Props) {
  const entries: { key: StanceFilterKey; label: string; colour: string; count: number | null }[] = [
    ...categories.map((c) => ({ key: c.key, label: c.label, colour: c.colour, count: counts ? counts[c.key] : null })),
    { key: "none", label: "No stated position", colour: NO_POSITION_FILL, count: none },
  ];
  const toggle = (key: StanceFilterKey) => {
    const next = new Set(filter ?? []);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onFilter(entries.map((e) => e.key).filter((k) => next.has(k)));
  };
  return (
    <div className="legend">
      <ul className="summary" aria-label="Countries per category">
        {entries.map((e) => (
          <li key={e.key}>
            <button
              type="button"
              className="legend-item"
              data-legend-key={e.key}
              aria-pressed={filter?.has(e.key) ?? false}
              title={
                filter?.has(e.key) ? "Remove from the filter" : filter ? `Also show ${e.label.toLowerCase()}` : `Show only ${e.label.toLowerCase()}`
              }
              onClick={() => toggle(e.key)}
            >
              <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
              <span>
                {e.label}: <strong>{e.count ?? "…"}</strong>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {filter ? (
        <p className="legend-filter-note">
          Showing only: {entries.filter((e) => filter.has(e.key)).map((e) => e.label).join(", ")}.{" "}
          <button type="button" className="link-button" onClick={() => onFilter(null)}>
            Show all categories
          </button>
        </p>
      ) : (
        <p className="legend-filter-note">Select categories to show only those.</p>
      )}
      <p className="legend-filter-note legend-methodology">
        <Link href="/methodology#categories">What the categories mean</Link>
      </p>
    </div>
  );
}
