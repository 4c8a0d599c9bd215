import type { VersionWithChanges } from "@/db/statements";
import { ChangeTable } from "./change-table";
import { approvalLabel } from "@/lib/format/approval";
import { formatInstant } from "@/lib/format/known-label";
import type { StanceLabels } from "@/lib/format/value-labels";

/**
 * A statement's versions, oldest first: when each was recorded and by whom (and, for a version
 * published at review, who approved it when), why (the edit summary
 * or the retraction's reason), and what it changed compared with the version before, field by field
 * (computed by the page: db/statements withChanges).
 */
export function VersionHistory({ versions, stanceLabels = {} }: { versions: VersionWithChanges[]; stanceLabels?: StanceLabels }) {
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
              <ChangeTable label={`Changes in version ${v.version}`} changes={changes} stanceLabels={stanceLabels} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A statement never edited, as a list of statements shows it: one line with what its one-version
 * history would say (recorded when, by whom, approved by whom), instead of a disclosure holding a
 * list of one. A long list (a country page) renders a page of these, so each is kept small.
 */
export function SingleVersion({ version: v }: { version: VersionWithChanges }) {
  return (
    <p className="quote-meta version-line" data-testid="version-line" data-version={v.version}>
      Recorded on <time dateTime={v.recordedAt}>{formatInstant(Date.parse(v.recordedAt))}</time> by {v.recordedBy}
      {v.approvedBy !== null && v.approvedAt !== null ? `, ${approvalLabel(v.approvedBy, v.approvedAt)}` : ""}; not edited since.
    </p>
  );
}
