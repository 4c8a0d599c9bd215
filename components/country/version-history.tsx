import type { VersionWithChanges } from "@/db/statements";
import { TableScroll } from "@/components/ui/table-scroll";
import { approvalLabel } from "@/lib/format/approval";
import { formatInstant } from "@/lib/format/known-label";
import { labelFieldValue, type StanceLabels } from "@/lib/format/value-labels";

/**
 * A statement's versions, oldest first: when each was recorded and by whom (and, for a version
 * published at review, who approved it when), why (the edit summary
 * or the retraction's reason), and what it changed compared with the version before, field by field
 * (computed by the page: db/statements withChanges).
 */
export function VersionHistory({ versions, stanceLabels = {} }: { versions: VersionWithChanges[]; stanceLabels?: StanceLabels }) {
  const shown = (field: string, value: string) => labelFieldValue(field, value, stanceLabels);
  return (
    <ol className="version-history" data-testid="version-history">
      {versions.map((v, i) => {
        const prev = i > 0 ? versions[i - 1]! : null;
        const changes = v.changes;
        const action = prev === null ? "Recorded" : v.status === "retracted" && prev.status !== "retracted" ? "Retracted" : "Edited";
        return (
          <li key={v.versionId} data-version={v.version} data-status={v.status}>
            <div>
              <strong>
                Version {v.version}: {action}
              </strong>{" "}
              on <time dateTime={v.recordedAt}>{formatInstant(Date.parse(v.recordedAt))}</time> by {v.recordedBy}
              {v.approvedBy !== null && v.approvedAt !== null ? (
                <>
                  {", "}
                  <span className="approval" data-testid="version-approval">
                    {approvalLabel(v.approvedBy, v.approvedAt)}
                  </span>
                </>
              ) : null}
              {v.supersededAt === null ? <span className="tag">current</span> : null}
            </div>
            {v.changeReason ? (
              <div className={action === "Retracted" ? "retraction-reason" : "quote-meta"}>
                {action === "Retracted" ? "Reason for retraction" : "Reason"}: {v.changeReason}
              </div>
            ) : null}
            {prev === null ? null : changes.length === 0 ? (
              <div className="empty">No field changed.</div>
            ) : (
              <TableScroll label={`Changes in version ${v.version}`}>
                <table className="data version-diff">
                  <caption className="visually-hidden">Changes in version {v.version}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
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
            )}
          </li>
        );
      })}
    </ol>
  );
}
