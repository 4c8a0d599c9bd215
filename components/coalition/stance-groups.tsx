import Link from "next/link";
import { unpackBriefRow, type PackedBriefRow } from "@/lib/timeline/brief-rows";
import type { StanceCategory } from "@/lib/types";
import { StanceSection, type StanceSectionRow } from "@/components/dashboard/stance-section";

/**
 * The as-of state as one table per category, strongest commitment first; empty categories say so.
 * The map view's fallback without JavaScript: brief rows, and a link to the same view as the full
 * table (quotes, speakers, sources), which the server renders without JavaScript too.
 * Drawn from packed rows (lib/timeline/brief-rows.ts) and the dashboard's country names, so the
 * page's flight data carries the rows once, compactly, rather than this table's element tree;
 * placed inside <noscript>, it is rendered by the server only.
 */
export function StanceGroups({ categories, rows: packed, names, tableHref }: { categories: StanceCategory[]; rows: PackedBriefRow[]; names: ReadonlyMap<string, string>; tableHref: string }) {
  const rows: StanceSectionRow[] = packed.map((p) => {
    const row = unpackBriefRow(p);
    return { ...row, name: names.get(row.iso3) ?? row.iso3 };
  });
  return (
    <>
      <p>
        <Link href={tableHref} prefetch={false}>
          The same view as the full table, with quotes and sources
        </Link>
      </p>
      {categories.map((cat) => (
        <StanceSection key={cat.key} category={cat} rows={rows.filter((r) => r.stance === cat.key)} />
      ))}
    </>
  );
}
