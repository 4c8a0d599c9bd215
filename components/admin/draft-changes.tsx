import type { FieldChange } from "@/db/statements";
import { TableScroll } from "@/components/ui/table-scroll";
import { labelFieldValue, type StanceLabels } from "@/lib/format/value-labels";

/**
 * What a draft would change, field by field, in the version history's table (before struck out,
 * after inserted), with labels rather than stored keys. A new statement's "before" is empty.
 */
export function DraftChanges({ label, changes, stanceLabels }: { label: string; changes: FieldChange[]; stanceLabels: StanceLabels }) {
  const shown = (field: string, value: string) => labelFieldValue(field, value, stanceLabels);
  if (changes.length === 0) return <div className="empty">No field would change.</div>;
  return (
    <TableScroll label={label}>
      <table className="data version-diff">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} data-field={c.field}>
              <th scope="row">{c.label}</th>
              <td>{c.before === null ? <span className="empty">(empty)</span> : <del>{shown(c.field, c.before)}</del>}</td>
              <td>{c.after === null ? <span className="empty">(empty)</span> : <ins>{shown(c.field, c.after)}</ins>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
