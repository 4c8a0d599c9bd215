import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { listCategories } from "@/db/reference";
import { withChanges } from "@/db/statements";
import { getStatement, listStatementHistories } from "@/db/statements";
import { FrozenNote } from "@/components/ui/frozen-note";
import { Notices } from "@/components/dashboard/notices";
import { readPageView, type PageView } from "../../_lib/page-view";
import { formatDate } from "@/lib/format/format";
import { SourceLinks } from "@/components/country/source-links";
import { sourceCount } from "@/components/ui/citations";
import { StatementDetails } from "@/components/country/statement-details";
import { VersionHistory } from "@/components/country/version-history";
import { stanceLabels } from "@/db/reference";
import { SavedNotice } from "@/components/ui/saved-notice";
import { headers } from "next/headers";
import { pageCiteData } from "@/app/_lib/cite/cited-view";
import { CiteControl } from "@/components/cite/cite-control";
import { previewImage, siteUrl } from "@/app/_lib/site-url";
import { CorrectionForm } from "@/components/corrections/correction-form";
import { CORRECTION_BODY_MAX, HONEYPOT_FIELD } from "@/db/corrections/validation";
import { suggestCorrectionAction } from "@/app/_actions/corrections";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The statement for a URL segment; anything but a known positive integer id is a 404. At a past
 * `known` (a frozen link), the version current then, citing its sources as known then, and only
 * the versions recorded by then; a 404 when it was not recorded yet.
 */
async function loadStatement(params: Params, searchParams: SearchParams): Promise<ReturnType<typeof getStatement> & { view: PageView }> {
  const { id } = await params;
  const view = readPageView(await searchParams);
  const n = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) notFound();
  try {
    if (view.known === null) return { ...getStatement(getDb(), n), view };
    // Every version recorded by then, each citing its sources as known then (listStatementHistories says why).
    const [then] = listStatementHistories(getDb(), [n], view.known);
    if (!then) notFound();
    return { ...then, view };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { current: s } = await loadStatement(params, searchParams);
  const title = `${s.countryName}, ${formatDate(s.statedOn, s.statedOnPrecision)} (statement #${s.id})`;
  // Its own preview: this statement's category, quote and translation (app/og/route.tsx, statement=).
  const image = previewImage(`/og?statement=${s.id}`, title);
  return { metadataBase: await siteUrl(), title, openGraph: { type: "article", title, ...image.openGraph }, twitter: { title, ...image.twitter } };
}

export default async function StatementPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { current: s, versions, view } = await loadStatement(params, searchParams);
  const categories = listCategories(getDb());
  const cite = pageCiteData(`/statements/${s.id}`, { known: (await searchParams).known }, await headers()); // a frozen page cites its own instant
  return (
    <article className="statement-page" data-testid="statement-page" data-statement-id={s.id} data-status={s.status}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/countries">Countries</Link> › <Link href={`/countries/${s.countryIso3}`}>{s.countryName}</Link> › Statement #{s.id}
      </nav>
      <h1>
        {s.countryName}, {formatDate(s.statedOn, s.statedOnPrecision)}
      </h1>
      <Notices notices={view.notices} />
      <FrozenNote known={view.known} currentHref={`/statements/${s.id}`} />
      <SavedNotice statementId={s.id} />
      {s.status === "retracted" ? (
        <p className="notice retraction-reason" role="status">
          This statement was retracted{s.changeReason ? `: ${s.changeReason}` : ""}. It no longer counts towards any position.
        </p>
      ) : null}
      <StatementDetails statement={s} categories={categories} />
      {cite ? <CiteControl initial={cite} page={`/statements/${s.id}`} /> : null}
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
