"use client";

import type { DashboardView } from "@/lib/url/search-params";

/**
 * Map or table: the same as-of state, two ways. Links, so that the switch also works without
 * JavaScript; with it, the click only changes the URL's `view` (no page load).
 */
export function ViewSwitch({ view, hrefFor, onView }: { view: DashboardView; hrefFor: (v: DashboardView) => string; onView: (v: DashboardView) => void }) {
  const link = (v: DashboardView, label: string) => (
    <a
      href={hrefFor(v)}
      aria-current={view === v ? "true" : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return; // new tab or window
        e.preventDefault();
        onView(v);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="view-switch" aria-label="View">
      {link("map", "Map")}
      {link("table", "Table")}
    </nav>
  );
}
