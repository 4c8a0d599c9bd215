import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { listCategories } from "@/db/reference";
import { withChanges } from "@/db/statements";
import { getStatement } from "@/db/statements";
import { formatDate } from "@/lib/format/format";
import { SourceLinks } from "@/components/country/source-links";
import { sourceCount } from "@/components/ui/citations";
import { StatementDetails } from "@/components/country/statement-details";
import { VersionHistory } from "@/components/country/version-history";
import { stanceLabels } from "@/db/reference";
import { SavedNotice } from "@/components/ui/saved-notice";
import { CorrectionForm } from "@/components/corrections/correction-form";
import { CORRECTION_BODY_MAX, HONEYPOT_FIELD } from "@/db/corrections/validation";
import { suggestCorrectionAction } from "@/app/_actions/corrections";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

/** The statement for a URL segment; anything but a known positive integer id is a 404. */
async function loadStatement(params: Params) {
  const { id } = await params;
  const n = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) notFound();
  try {
    return getStatement(getDb(), n);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { current: s } = await loadStatement(params);
  return { title: `${s.countryName}, ${formatDate(s.statedOn, s.statedOnPrecision)} (statement #${s.id})` };
}

export default async function StatementPage({ params }: { params: Params }) {
  const { current: s, versions } = await loadStatement(params);
  const categories = listCategories(getDb());
  return (
    <article className="statement-page" data-testid="statement-page" data-statement-id={s.id} data-status={s.status}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/countries">Countries</Link> › <Link href={`/countries/${s.countryIso3}`}>{s.countryName}</Link> › Statement #{s.id}
      </nav>
      <h1>
        {s.countryName}, {formatDate(s.statedOn, s.statedOnPrecision)}
      </h1>
      <SavedNotice statementId={s.id} />
      {s.status === "retracted" ? (
        <p className="notice retraction-reason" role="status">
          This statement was retracted{s.changeReason ? `: ${s.changeReason}` : ""}. It no longer counts towards any position.
        </p>
      ) : null}
      <StatementDetails statement={s} categories={categories} />
      <h2>{s.sources.length === 1 ? "Source" : sourceCount(s.sources.length)}</h2>
      {s.sources.length === 1 ? (
        <SourceLinks source={s.source} />
      ) : (
        <ol className="statement-sources" data-testid="statement-sources">
          {s.sources.map((src, i) => (
            <li key={src.id} data-role={i === 0 ? "primary" : "corroborating"}>
              <h3>{i === 0 ? "Primary source" : `Corroborating source ${i}`}</h3>
              <SourceLinks source={src} />
            </li>
          ))}
        </ol>
      )}
      <h2>Version history</h2>
      <VersionHistory versions={withChanges(versions)} stanceLabels={stanceLabels(getDb())} />
      <CorrectionForm action={suggestCorrectionAction} target={{ statementId: s.id }} honeypotField={HONEYPOT_FIELD} bodyMax={CORRECTION_BODY_MAX} />
    </article>
  );
}
