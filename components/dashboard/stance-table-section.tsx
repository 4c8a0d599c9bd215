"use client";

/** One category's table in the table view: the shared StanceSection with sortable column headers. */
import type { StanceRow } from "@/lib/timeline/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { StanceSection } from "./stance-section";

export type SortKey = "name-asc" | "name-desc" | "date-desc" | "date-asc";

function compare(sort: SortKey) {
  return (a: StanceRow, b: StanceRow) => {
    const byName = a.name.localeCompare(b.name, "en");
    const byDate = a.statedOn < b.statedOn ? -1 : a.statedOn > b.statedOn ? 1 : 0;
    if (sort === "name-asc") return byName;
    if (sort === "name-desc") return -byName;
    return (sort === "date-asc" ? byDate : -byDate) || byName;
  };
}

function SortHeader({ label, asc, desc, sort, onSort }: { label: string; asc: SortKey; desc: SortKey; sort: SortKey; onSort: (s: SortKey) => void }) {
  const state = sort === asc ? "ascending" : sort === desc ? "descending" : "none";
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className="sort-button" onClick={() => onSort(sort === asc ? desc : asc)}>
        {label}
        <span aria-hidden="true">{state === "ascending" ? " ▲" : state === "descending" ? " ▼" : " ↕"}</span>
      </button>
    </th>
  );
}

type Props = { category: StanceCategory; rows: StanceRow[]; sort: SortKey; onSort: (s: SortKey) => void; onOpen: (iso3: string) => void };

export function StanceTableSection({ category, rows, sort, onSort, onOpen }: Props) {
  return (
    <StanceSection
      category={category}
      rows={[...rows].sort(compare(sort))}
      sortHeaders={
        <>
          <SortHeader label="Country" asc="name-asc" desc="name-desc" sort={sort} onSort={onSort} />
          <SortHeader label="Stated" asc="date-asc" desc="date-desc" sort={sort} onSort={onSort} />
        </>
      }
      rowAction={(s) => (
        <button type="button" className="link-button" onClick={() => onOpen(s.iso3)} aria-label={`Open the panel of ${s.name}`}>
          Details
        </button>
      )}
    />
  );
}
