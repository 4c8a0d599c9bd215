import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getCorrection } from "@/db/corrections";
import { getCountry, listCategories } from "@/db/reference";
import { getStatement, listCountryStatements } from "@/db/statements";
import { NotFoundError } from "@/db/errors";
import { requireEditor } from "@/app/_lib/session";
import { formatDate, safeHttpUrl } from "@/lib/format/format";
import { StatementDetails } from "@/components/country/statement-details";
import { SourceLinks } from "@/components/country/source-links";
import { AcceptCorrectionForm, DismissCorrectionForm } from "@/components/admin/correction-actions";
import { acceptCorrectionAction, dismissCorrectionAction } from "../../../_actions/corrections";

export const metadata: Metadata = { title: "Suggested correction" };

/** The statement a suggestion is about, as it stands now (null when it no longer exists). */
function currentStatement(statementId: number) {
  try {
    return getStatement(getDb(), statementId).current;
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/** One suggestion beside what it is about: the statement's current version and sources, or the country's statements. */
export default async function CorrectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/corrections/${id}`);
  if (!/^[1-9]\d{0,12}$/.test(id)) notFound();
  const db = getDb();
  const c = getCorrection(db, Number(id));
  if (!c) notFound();
  const statement = c.statementId !== null ? currentStatement(c.statementId) : null;
  const countryStatements = c.countryIso3 !== null ? listCountryStatements(db, c.countryIso3) : [];
  const href = safeHttpUrl(c.sourceUrl);
  const about = c.statementId !== null ? `statement #${c.statementId}` : (getCountry(db, c.countryIso3 ?? "")?.name ?? c.countryIso3 ?? "");
  return (
    <>
      <h1>
        Suggestion #{c.id} on {about}
      </h1>
      <p className="actions">
        <Link href="/admin/corrections">All suggestions</Link>
      </p>
      <div className="correction-review" data-testid="correction-review">
        <section aria-labelledby="suggestion-heading" data-testid="suggestion">
          <h2 id="suggestion-heading">The suggestion</h2>
          <dl className="facts">
            <dt>Received</dt>
            <dd>{c.createdAt.slice(0, 16).replace("T", " ")} UTC</dd>
            <dt>What is wrong</dt>
            <dd className="correction-body">{c.body}</dd>
            <dt>Source</dt>
            <dd>
              {href ? (
                <a href={href} rel="noopener noreferrer nofollow" target="_blank" data-testid="suggested-source">
                  {href}
                </a>
              ) : (
                "—"
              )}
            </dd>
            <dt>E-mail</dt>
            <dd data-testid="suggester-email">{c.email ?? "none given"}</dd>
            <dt>Status</dt>
            <dd data-testid="correction-status">
              {c.status}
              {c.handledBy ? ` by ${c.handledBy} at ${c.handledAt?.slice(0, 16).replace("T", " ")} UTC` : ""}
              {c.reason ? `: ${c.reason}` : ""}
            </dd>
          </dl>
          {c.status === "open" ? (
            <>
              <AcceptCorrectionForm
                action={acceptCorrectionAction.bind(null, c.id)}
                opensWhat={c.statementId !== null ? "the statement's edit form" : `a new statement for ${about}`}
              />
              <DismissCorrectionForm action={dismissCorrectionAction.bind(null, c.id)} />
            </>
          ) : null}
        </section>
        <section aria-labelledby="target-heading" data-testid="correction-target">
          {c.statementId !== null ? (
            statement ? (
              <>
                <h2 id="target-heading">
                  Statement #{statement.id}, version {statement.version}
                  {statement.status === "retracted" ? " (retracted)" : ""}
                </h2>
                <p className="actions">
                  <Link href={`/admin/statements/${statement.id}`}>Statement in admin</Link>
                  <Link href={`/statements/${statement.id}`}>Public page</Link>
                </p>
                <StatementDetails statement={statement} categories={listCategories(db)} />
                <h3>Sources</h3>
                <ol>
                  {statement.sources.map((s) => (
                    <li key={s.id}>
                      <SourceLinks source={s} />
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <h2 id="target-heading">Statement #{c.statementId} no longer exists</h2>
            )
          ) : (
            <>
              <h2 id="target-heading">{about}: current statements</h2>
              <ul>
                {countryStatements.map((s) => (
                  <li key={s.id}>
                    <Link href={`/admin/statements/${s.id}`}>
                      #{s.id}, {formatDate(s.statedOn, s.statedOnPrecision)}: {s.stance}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </>
  );
}
