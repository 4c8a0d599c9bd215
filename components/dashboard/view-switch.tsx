"use client";

import type { DashboardView } from "@/lib/search-params";

/** Map or table: the same as-of state, two ways. */
export function ViewSwitch({ view, onView }: { view: DashboardView; onView: (v: DashboardView) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === "map"} onClick={() => onView("map")}>
        Map
      </button>
      <button type="button" aria-pressed={view === "table"} onClick={() => onView("table")}>
        Table
      </button>
    </div>
  );
}
