/**
 * Shown when an edit was refused because a newer version was saved meanwhile: the newer version,
 * field by field against what was typed (differences marked), and the two ways forward.
 */
import type { VersionConflict } from "@/lib/form-state";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatInstant } from "@/lib/format/known-label";
import { SubmitButton } from "./submit-button";

export function ConflictNotice({ conflict, reloadHref }: { conflict: VersionConflict; reloadHref: string }) {
  const changed = conflict.fields.filter((f) => f.theirs !== f.yours);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">
        Not saved: {conflict.byYou ? "you saved a newer version in another tab or window" : `${conflict.recordedBy ?? "another editor"} saved a newer version`}
      </h2>
      <p>
        Version {conflict.version} was saved by {conflict.byYou ? "you" : (conflict.recordedBy ?? "another editor")}
        {conflict.recordedAt ? <> on <time dateTime={conflict.recordedAt}>{formatInstant(Date.parse(conflict.recordedAt))}</time></> : null} after
        you opened this form. Your changes are still in the form below; nothing has been lost.
      </p>
      <TableScroll label="The newer version next to yours">
        <table className="data diff">
          <caption>The newer version next to yours ({changed.length} field{changed.length === 1 ? "" : "s"} differ)</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Version {conflict.version} (saved)</th>
              <th scope="col">Yours (not saved)</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => (
              <tr key={f.field} className={f.theirs !== f.yours ? "changed" : undefined} data-differs={f.theirs !== f.yours ? "true" : undefined}>
                <th scope="row">
                  {f.label}
                  {f.theirs !== f.yours ? (
                    <>
                      {" "}
                      <strong className="differs-tag">differs</strong>
                    </>
                  ) : null}
                </th>
                <td>{f.theirs || <span className="empty">—</span>}</td>
                <td>{f.yours || <span className="empty">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="actions">
        <a href={reloadHref}>Discard mine and open version {conflict.version}</a>
        <SubmitButton name="confirmBase" value={String(conflict.version)} className="secondary">
          Save mine as the next version anyway
        </SubmitButton>
      </p>
    </section>
  );
}
