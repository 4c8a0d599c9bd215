import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/app/_lib/session";
import { formatDate } from "@/lib/format/format";
import { labelFieldValue } from "@/lib/format/value-labels";
import { Citation } from "@/components/ui/citation";
import { Quote } from "@/components/ui/quote";
import { CONDITION_LABELS, SPEAKER_ROLE_LABELS, describeSize } from "@/lib/format/claim-labels";
import { getDb } from "@/db/client";
import { VersionHistory } from "@/components/country/version-history";
import { stanceLabels } from "@/db/reference";
import { withChanges } from "@/db/statements";
import { listReviewedDrafts } from "@/db/review";
import { formatInstant } from "@/lib/format/known-label";
import { RetractForm } from "@/components/forms/retract-form";
import { retractStatementAction } from "../../../_actions/statements";
import { loadStatement } from "../../../_lib/load-statement";

export const metadata: Metadata = { title: "Statement" };

export default async function AdminStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/statements/${id}`);
  const { current, versions } = loadStatement(id);
  const retracted = current.status === "retracted";
  const stances = stanceLabels(getDb());
  // Who approved each reviewed version, and the rejected drafts with their reasons (REVIEW_REQUIRED=1).
  const reviews = listReviewedDrafts(getDb(), { statementId: current.id });
  return (
    <>
      <h1>
        Statement #{current.id}: {current.countryName}
        {retracted ? <span className="status-retracted"> (retracted)</span> : null}
      </h1>
      <p className="actions">
        <Link href={`/statements/${current.id}`}>Public page</Link>
        {retracted ? null : <Link href={`/admin/statements/${current.id}/edit`}>Edit (new version)</Link>}
        <Link href={`/admin/history?entity=statement&country=${current.countryIso3}`}>Changes for {current.countryName}</Link>
      </p>
      <dl className="facts" aria-label="Current version">
        <dt>Version</dt>
        <dd data-testid="current-version">{current.version}</dd>
        <dt>Stated on</dt>
        <dd>{formatDate(current.statedOn, current.statedOnPrecision)}</dd>
        <dt>Stance</dt>
        <dd>{labelFieldValue("stance", current.stance, stances)}</dd>
        <dt>Contributions</dt>
        <dd>{labelFieldValue("contributions", current.contributions.join(";"), stances) || "—"}</dd>
        <dt>Conditions</dt>
        <dd>{current.conditions ?? "—"}</dd>
        <dt>Quote</dt>
        <dd>{current.quote ? <Quote of={current} /> : "—"}</dd>
        <dt>Speaker</dt>
        <dd>{current.speaker ?? "—"}</dd>
        <dt>Speaker role</dt>
        <dd>{current.speakerRole ? SPEAKER_ROLE_LABELS[current.speakerRole] : "—"}</dd>
        <dt>Commitment</dt>
        <dd>{current.commitment ? labelFieldValue("commitment", current.commitment, stances) : "—"}</dd>
        <dt>Size</dt>
        <dd>{describeSize(current) ?? "—"}</dd>
        <dt>Condition keys</dt>
        <dd>{current.conditionKeys.map((k) => CONDITION_LABELS[k]).join(", ") || "—"}</dd>
        <dt>Source</dt>
        <dd>
          <Citation source={current.source} /> (<Link href={`/admin/sources/${current.source.id}/edit`}>source #{current.source.id}</Link>)
        </dd>
        <dt>Confidence</dt>
        <dd>{current.confidence}</dd>
        <dt>Note</dt>
        <dd>{current.note ?? "—"}</dd>
        {retracted ? (
          <>
            <dt>Retracted because</dt>
            <dd>{current.changeReason}</dd>
          </>
        ) : null}
      </dl>

      <h2>History</h2>
      <VersionHistory versions={withChanges(versions)} stanceLabels={stances} />
      {reviews.length > 0 ? (
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">Reviews</h2>
          <ol className="version-history" data-testid="statement-reviews">
            {reviews.map((d) => (
              <li key={d.id} data-draft-id={d.id} data-status={d.status}>
                {d.status === "approved" ? (
                  <>
                    Version {d.published.find((p) => p.statementId === current.id)?.version ?? "?"} ({d.kind} by {d.author}) approved by {d.reviewedBy} on{" "}
                    <time dateTime={d.reviewedAt ?? undefined}>{d.reviewedAt ? formatInstant(Date.parse(d.reviewedAt)) : ""}</time>
                  </>
                ) : (
                  <>
                    Draft #{d.id} ({d.kind} by {d.author}) rejected by {d.reviewedBy} on{" "}
                    <time dateTime={d.reviewedAt ?? undefined}>{d.reviewedAt ? formatInstant(Date.parse(d.reviewedAt)) : ""}</time>
                    <div className="retraction-reason">Reason for rejecting: {d.reviewReason}</div>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {retracted ? null : (
        <section aria-labelledby="retract-heading">
          <h2 id="retract-heading">Retract</h2>
          <p className="lede">If the statement was never made, or misattributed. It leaves the public views but stays in the history.</p>
          <RetractForm action={retractStatementAction.bind(null, current.id)} baseVersion={current.version} />
        </section>
      )}
    </>
  );
}
