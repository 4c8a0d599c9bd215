import type { FieldChange } from "@/db/statements";
import { ChangeTable } from "@/components/country/change-table";
import type { StanceLabels } from "@/lib/format/value-labels";

/**
 * What a draft would change, field by field, in the version history's table (before struck out,
 * after inserted), with labels rather than stored keys. A new statement's "before" is empty.
 */
export function DraftChanges({ label, changes, stanceLabels }: { label: string; changes: FieldChange[]; stanceLabels: StanceLabels }) {
  if (changes.length === 0) return <div className="empty">No field would change.</div>;
  return <ChangeTable label={label} changes={changes} stanceLabels={stanceLabels} headings={["Now", "Proposed"]} />;
}
