import type { StatementDto } from "@/lib/types";
import { versionHistory } from "@/lib/version-diff";

/** Every version of a statement, newest first, each as the changes it made (before → after). */
export function VersionHistory({ versions }: { versions: StatementDto[] }) {
  return (
    <ol className="versions" reversed aria-label="Versions, newest first">
      {versionHistory(versions).map(({ version: v, changes }) => (
        <li key={v.versionId} className="version" data-version={v.version}>
          <h3>
            Version {v.version}
            {v.status === "retracted" ? <span className="status-retracted"> — retracted</span> : null}
            {v.supersededAt === null ? " (current)" : ""}
          </h3>
          <p className="quote-meta">
            Recorded {v.recordedAt.replace("T", " ").slice(0, 19)} UTC by {v.recordedBy}
            {v.changeReason ? ` — “${v.changeReason}”` : ""}
          </p>
          {changes.length === 0 ? (
            <p className="empty">No field changed.</p>
          ) : (
            <table className="data diff">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.label}</th>
                    <td>{c.before ? <del>{c.before}</del> : <span className="empty">—</span>}</td>
                    <td>{c.after ? <ins>{c.after}</ins> : <span className="empty">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
