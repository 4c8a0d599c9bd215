import type { FieldChange } from "@/db/statements";
import { TableScroll } from "@/components/ui/table-scroll";
import { labelFieldValue, type StanceLabels } from "@/lib/format/value-labels";

/**
 * One change of a statement, field by field: the old value struck out, the new one inserted, with
 * the labels readers see rather than stored keys. Used by the version history (what a version
 * changed) and the review queue (what a draft would change); the caller names the two columns.
 */
export function ChangeTable({
  label,
  changes,
  stanceLabels,
  headings = ["Before", "After"],
}: {
  label: string;
  changes: FieldChange[];
  stanceLabels: StanceLabels;
  headings?: [string, string];
}) {
  const shown = (field: string, value: string) => labelFieldValue(field, value, stanceLabels);
  return (
    <TableScroll label={label}>
      <table className="data version-diff">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{headings[0]}</th>
            <th scope="col">{headings[1]}</th>
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
