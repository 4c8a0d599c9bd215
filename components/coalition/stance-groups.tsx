import type { StatementDto } from "@/db/statements";
import { toStanceRow } from "@/lib/timeline/stance-rows";
import type { StanceCategory } from "@/lib/types";
import { StanceSection } from "@/components/dashboard/stance-section";

/**
 * The as-of state as one table per category, strongest commitment first; empty categories say so.
 * The map view's fallback without JavaScript: the table view's sections, without the controls that
 * need JavaScript (sorting, the panel), and with each statement's note.
 */
export function StanceGroups({ categories, statements }: { categories: StanceCategory[]; statements: StatementDto[] }) {
  const rows = statements.map((s) => ({ ...toStanceRow(s), note: s.note }));
  return (
    <>
      {categories.map((cat) => (
        <StanceSection key={cat.key} category={cat} rows={rows.filter((r) => r.stance === cat.key)} />
      ))}
    </>
  );
}
