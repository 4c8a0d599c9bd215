import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getDraft, listPendingDrafts, listReviewedDrafts, reviewRequired, withDraftChanges, type ReviewDraft } from "@/db/review";
import { stanceLabels } from "@/db/reference";
import { NotFoundError } from "@/db/errors";
import { actorOf, requireEditor } from "@/app/_lib/session";
import { formatInstant } from "@/lib/format/known-label";
import { DraftChanges } from "@/components/admin/draft-changes";
import { ApproveForm, RejectForm } from "@/components/forms/review-forms";
import { approveDraftAction, rejectDraftAction } from "../../_actions/review";

export const metadata: Metadata = { title: "Review" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const KIND_LABELS: Record<ReviewDraft["kind"], string> = { create: "New statement", edit: "Edit", retract: "Retraction", import: "CSV import (one batch)" };

/** The draft a `saved=`, `approved=` or `rejected=` parameter names, or null (a bad or unknown id says nothing). */
function named(sp: Record<string, string | string[] | undefined>, key: string): ReviewDraft | null {
  const raw = sp[key];
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  try {
    return getDraft(getDb(), Number(raw));
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

function statementLink(id: number | null) {
  return id === null ? null : <Link href={`/statements/${id}`}>statement #{id}</Link>;
}

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const editor = await requireEditor("/admin/review");
  const sp = await searchParams;
  const db = getDb();
  const me = actorOf(editor);
  const pending = withDraftChanges(db, listPendingDrafts(db));
  const reviewed = listReviewedDrafts(db, { limit: 30 });
  const labels = stanceLabels(db);
  const saved = named(sp, "saved");
  const approved = named(sp, "approved");
  const rejected = named(sp, "rejected");
  return (
    <>
      <h1>Review</h1>
      <p className="lede">
        {reviewRequired()
          ? "Changes wait here as drafts until another editor approves them; readers see nothing of a draft until then."
          : "Review is off (REVIEW_REQUIRED is not 1): changes are published when they are saved."}
      </p>
      <div role="status" className="form-status success" data-testid="review-notice" hidden={!saved && !approved && !rejected}>
        {saved ? (
          <>
            Saved as a draft for review (<a href={`#draft-${saved.id}`}>draft #{saved.id}</a>): another editor must approve it before readers see it.
          </>
        ) : approved ? (
          <>
            Draft #{approved.id} approved and published
            {approved.published.length === 1 ? <> as {statementLink(approved.published[0]!.statementId)}</> : <> ({approved.published.length} statements)</>}.
          </>
        ) : rejected ? (
          <>Draft #{rejected.id} rejected; it stays in the review history below with your reason.</>
        ) : null}
      </div>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Waiting for review ({pending.length})</h2>
        {pending.length === 0 ? <p className="empty">No drafts wait for review.</p> : null}
        {pending.map((d) => (
          <article key={d.id} id={`draft-${d.id}`} className="review-draft" data-draft-id={d.id} data-kind={d.kind}>
            <h3>
              Draft #{d.id}: {KIND_LABELS[d.kind]}
              {d.statementId !== null ? <> of {statementLink(d.statementId)}</> : null}
            </h3>
            <p className="quote-meta">
              By {d.author} on <time dateTime={d.createdAt}>{formatInstant(Date.parse(d.createdAt))}</time>
              {d.stale ? <strong className="status-retracted"> Stale: the statement changed after this draft was made; it can only be rejected.</strong> : null}
            </p>
            {d.statements.map((s, i) => (
              <div key={i} className="review-statement">
                <h4>{s.label}</h4>
                {s.reason ? <p className="quote-meta">Reason: {s.reason}</p> : null}
                <DraftChanges label={`Changes proposed by draft #${d.id}: ${s.label}`} changes={s.changes} stanceLabels={labels} />
              </div>
            ))}
            {d.author === me ? (
              <p className="empty">This is your draft: another editor must approve it. You can reject (withdraw) it.</p>
            ) : null}
            {/* Shown to the author too: the server refuses a self-approval, and says so. */}
            <ApproveForm action={approveDraftAction.bind(null, d.id)} label={d.kind === "import" ? `Approve all ${d.statements.length}` : "Approve and publish"} />
            <RejectForm action={rejectDraftAction.bind(null, d.id)} draftId={d.id} />
          </article>
        ))}
      </section>

      <section aria-labelledby="reviewed-heading">
        <h2 id="reviewed-heading">Review history</h2>
        {reviewed.length === 0 ? (
          <p className="empty">No draft has been reviewed yet.</p>
        ) : (
          <ol className="version-history" data-testid="review-history">
            {reviewed.map((d) => (
              <li key={d.id} data-draft-id={d.id} data-status={d.status}>
                <strong>
                  Draft #{d.id}: {KIND_LABELS[d.kind]} {d.status === "approved" ? "approved" : "rejected"}
                </strong>{" "}
                by {d.reviewedBy} on <time dateTime={d.reviewedAt ?? undefined}>{d.reviewedAt ? formatInstant(Date.parse(d.reviewedAt)) : ""}</time> (written by {d.author})
                {d.statementId !== null ? <> for {statementLink(d.statementId)}</> : null}
                {d.status === "rejected" ? <div className="retraction-reason">Reason for rejecting: {d.reviewReason}</div> : null}
                {d.status === "approved" && d.published.length > 0 ? (
                  <div className="quote-meta">Published: {d.published.map((p) => `#${p.statementId} version ${p.version}`).join(", ")}</div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
