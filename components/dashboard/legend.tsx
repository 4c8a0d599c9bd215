"use client";

/**
 * The legend: each category's colour and how many countries stand there on the date. Each entry
 * is also a toggle that filters the map and the table to the chosen categories, and shows the
 * category's description while it is hovered or focused.
 */
import Link from "next/link";
import { useState } from "react";
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
  /** The view's group on the date ("NATO members" and how many), when a group is chosen. */
  group?: { label: string; size: number } | null;
  /** How many positions are faded as older than `days` (stale=), or null when off or unknown. */
  faded?: { count: number; days: number } | null;
};

/** What "No stated position" means (the same wording as the methodology page's). */
export const NO_POSITION_DESCRIPTION = "The tracker has no statement from this country on or before the date; that says nothing about what it intends.";

export function Legend({ categories, counts, none, filter, onFilter, group = null, faded = null }: Props) {
  // The entry whose description was dismissed with Escape (WCAG 1.4.13): hidden until it is left.
  const [dismissed, setDismissed] = useState<StanceFilterKey | null>(null);
  const entries: { key: StanceFilterKey; label: string; description: string; colour: string; count: number | null }[] = [
    ...categories.map((c) => ({ key: c.key, label: c.label, description: c.description, colour: c.colour, count: counts ? counts[c.key] : null })),
    { key: "none", label: "No stated position", description: NO_POSITION_DESCRIPTION, colour: NO_POSITION_FILL, count: none },
  ];
  const toggle = (key: StanceFilterKey) => {
    const next = new Set(filter ?? []);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onFilter(entries.map((e) => e.key).filter((k) => next.has(k)));
  };
  const stated = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  return (
    <div className="legend">
      {group ? (
        <p className="legend-group" data-legend-group="">
          {`${stated ?? "…"} of ${group.size} ${group.label} have a stated position`}
        </p>
      ) : null}
      {faded ? (
        <p className="legend-faded" data-legend-faded="">
          {`${faded.count} faded (stated more than ${faded.days} days before the date)`}
        </p>
      ) : null}
      <ul className="summary" aria-label="Countries per category">
        {entries.map((e) => (
          // A description shown on hover and on focus (a title attribute is seen by neither touch nor
          // keyboard users), and read after the entry's name through aria-describedby.
          <li
            key={e.key}
            className="legend-entry"
            data-tip-dismissed={dismissed === e.key ? "" : undefined}
            onMouseEnter={() => setDismissed(null)}
          >
            <button
              type="button"
              className="legend-item"
              data-legend-key={e.key}
              aria-pressed={filter?.has(e.key) ?? false}
              aria-describedby={`legend-tip-${e.key}`}
              onClick={() => toggle(e.key)}
              onKeyDown={(ev) => {
                if (ev.key === "Escape") setDismissed(e.key);
              }}
              onBlur={() => setDismissed(null)}
            >
              <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
              <span>
                {e.label}: <strong>{e.count ?? "…"}</strong>
              </span>
            </button>
            <span role="tooltip" id={`legend-tip-${e.key}`} className="legend-tip" data-legend-tip={e.key}>
              <strong>{e.label}</strong>: {e.description.replace(/\.?$/, ".")}{" "}
              <span className="legend-tip-action">
                {filter?.has(e.key) ? "Select to remove it from the filter." : filter ? "Select to show it too." : "Select to show only it."}
              </span>
            </span>
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
