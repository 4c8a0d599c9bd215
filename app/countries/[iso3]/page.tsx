import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getCountry } from "@/db/reference";
import { listEvents } from "@/db/events";
import { listCategories } from "@/db/reference";
import { getDatasetSpan } from "@/db/statements";
import { getStatement, getStatementsAt, listCountryStatementFacts, listCountryStatementHistories, listStatementHistories, withChanges, type CountryStatementFact, type StatementWithVersions } from "@/db/statements";
import { FrozenNote } from "@/components/ui/frozen-note";
import { pageViewQuery, readPageView } from "../../_lib/page-view";
import { todayIso } from "@/lib/dates";
import { formatDate, formatLongDate } from "@/lib/format/format";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { DEFAULT_STALE_DAYS, ageDays, describeAge, isStale } from "@/lib/staleness/age";
import { countryChangePoints } from "@/lib/timeline/timeline";
import { pagePeriod } from "@/lib/timeline/stance-band";
import { StanceBand } from "@/components/country/stance-band";
import { StatementDetails } from "@/components/country/statement-details";
import { SingleVersion, VersionHistory } from "@/components/country/version-history";
import { headers } from "next/headers";
import { pageCiteData } from "@/app/_lib/cite/cited-view";
import { CiteControl } from "@/components/cite/cite-control";
import { choosePage, COUNTRY_STATEMENTS_PER_PAGE } from "@/lib/url/page-param";
import { Notices } from "@/components/dashboard/notices";
import { PageLinks } from "@/components/country/page-links";
import { previewImage, siteUrl } from "@/app/_lib/site-url";
import { CorrectionForm } from "@/components/corrections/correction-form";
import { CORRECTION_BODY_MAX, HONEYPOT_FIELD } from "@/db/corrections/validation";
import { suggestCorrectionAction } from "@/app/_actions/corrections";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The country's statement histories as known at `known`: each statement recorded by then, as its
 * version current then, with the versions recorded up to it, every one citing its sources as
 * known at `known` (db/statements/read.ts listStatementHistories says why that instant).
 */
function historiesAt(histories: StatementWithVersions[], known: number | null): StatementWithVersions[] {
  if (known === null) return histories;
  return listStatementHistories(getDb(), histories.map((h) => h.current.id), known);
}

/** The country's Atom feed (app/feed.atom): the one feed, filtered. */
const countryFeedPath = (iso3: string) => `/feed.atom?country=${iso3}`;

/** The country for a URL segment: 404 unless three letters naming a known country; lower case redirects. */
async function loadCountry(params: Params) {
  const { iso3 } = await params;
  if (!/^[A-Za-z]{3}$/.test(iso3)) notFound();
  if (iso3 !== iso3.toUpperCase()) redirect(`/countries/${iso3.toUpperCase()}`);
  const country = getCountry(getDb(), iso3);
  if (!country) notFound();
  return country;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const country = await loadCountry(params);
  const description = `What ${country.name} has said it will contribute to a multinational force for Ukraine, with sources.`;
  // Its own preview: the country's position today, with its quote (app/og/route.tsx, country=).
  const image = previewImage(`/og?country=${country.iso3}`, `${country.name}: its stated position`);
  return {
    metadataBase: await siteUrl(),
    title: country.name,
    description,
    openGraph: { type: "website", title: country.name, description, ...image.openGraph },
    twitter: { title: country.name, description, ...image.twitter },
    // Replaces the layout's alternates (Next merges metadata shallowly): this country's feed, then everyone's.
    alternates: {
      types: {
        "application/atom+xml": [
          { url: countryFeedPath(country.iso3), title: `Coalition Tracker: position changes of ${country.name}` },
          { url: "/feed.atom", title: "Coalition Tracker: position changes" },
        ],
      },
    },
  };
}

export default async function CountryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const country = await loadCountry(params);
  const { known, notices } = readPageView(await searchParams);
  const db = getDb();
  const categories = listCategories(db);
  // Live: small facts for every statement and full rows only for the page shown, so the page costs
  // about the same at ten statements or ten thousand (issue #16). Frozen at `known`: the histories as
  // known then (such a view never changes, so it is cached for good and its full read paid once).
  const frozen = known === null ? null : historiesAt(listCountryStatementHistories(db, country.iso3), known);
  const allFacts: CountryStatementFact[] =
    frozen === null
      ? listCountryStatementFacts(db, country.iso3)
      : frozen
          .map(({ current: c }) => ({ statementId: c.id, statedOn: c.statedOn, stance: c.stance, status: c.status }))
          .sort((a, b) => (a.statedOn < b.statedOn ? 1 : a.statedOn > b.statedOn ? -1 : b.statementId - a.statementId));
  const total = allFacts.length;
  const retractedCount = allFacts.filter((f) => f.status === "retracted").length;
  const { page, pageCount, offset, notice } = choosePage((await searchParams).page, total, COUNTRY_STATEMENTS_PER_PAGE);
  const pageIds = allFacts.slice(offset, offset + COUNTRY_STATEMENTS_PER_PAGE).map((f) => f.statementId);
  const histories =
    frozen === null ? listStatementHistories(db, pageIds) : pageIds.flatMap((id) => frozen.filter((h) => h.current.id === id));
  const facts = allFacts
    .filter((f) => f.status === "published")
    .map((f) => ({ statementId: f.statementId, countryIso3: country.iso3, statedOn: f.statedOn, stance: f.stance }));
  const today = todayIso();
  const deciding = stancesAsOf(facts, today).get(country.iso3);
  // Today's position is shown on every page, whether or not its statement is on this one.
  const current = deciding
    ? (histories.find((h) => h.current.id === deciding.statement.statementId)?.current ??
      (known === null ? getStatement(db, deciding.statement.statementId).current : getStatementsAt(db, [deciding.statement.statementId], known).get(deciding.statement.statementId)))
    : undefined;
  const points = countryChangePoints(facts).get(country.iso3) ?? [];
  const span = getDatasetSpan(db, known);
  const band = span ? { from: span.first < today ? span.first : today, until: today } : null;
  // A long history is paged: the band's text list shows the stretches of this page's period only.
  const period = band && pageCount > 1 ? pagePeriod(allFacts.map((f) => f.statedOn), offset, pageIds.length, band) : undefined;
  // Once per render, not once per statement (it is a query).
  const labels = Object.fromEntries(categories.map((c) => [c.key, c.label]));
  const summits = listEvents(db, known).filter((e) => e.participants.includes(country.iso3));
  const keep = pageViewQuery({ date: null, known });
  const cite = pageCiteData(`/countries/${country.iso3}`, { known: (await searchParams).known }, await headers()); // a frozen page cites its own instant

  return (
    <article className="country-page" data-testid="country-page" data-iso3={country.iso3}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/countries">Countries</Link> › {country.name}
      </nav>
      <h1>{country.name}</h1>
      <Notices notices={[...notices, ...(notice ? [notice] : [])]} />
      <FrozenNote known={known} currentHref={`/countries/${country.iso3}`} />
      <p className="country-feed">
        <a href={countryFeedPath(country.iso3)} type="application/atom+xml" data-testid="country-feed">
          Atom feed of {country.name}&apos;s position changes
        </a>
      </p>
      {cite ? <CiteControl initial={cite} page={`/countries/${country.iso3}`} /> : null}
      <section aria-labelledby="current-stance">
        <h2 id="current-stance">Position today ({formatLongDate(today)})</h2>
        {current ? (
          <>
            <StatementDetails statement={current} categories={categories} />
            {/* The age of the position (a repeat of the same stance resets it), as the dashboard counts it. */}
            <p className="quote-meta position-age" data-age-days={ageDays(current.statedOn, today)}>
              {describeAge(ageDays(current.statedOn, today))}
              {isStale(current.statedOn, today, DEFAULT_STALE_DAYS) ? ` (faded on the map: older than ${DEFAULT_STALE_DAYS} days)` : ""}
            </p>
          </>
        ) : (
          <p className="empty" data-testid="no-statement">
            {total === 0
              ? `The tracker has no statement from ${country.name}, so it shows no position for it.`
              : `${country.name} has no published statement in force today, so it shows no position for it.`}
          </p>
        )}
      </section>
      {band && total > 0 ? (
        <section aria-labelledby="over-time">
          <h2 id="over-time">Over time</h2>
          <StanceBand points={points} categories={categories} start={band.from} end={band.until} period={period} />
        </section>
      ) : null}
      {total > 0 ? (
        <section aria-labelledby="statements">
          <h2 id="statements">
            Statements ({total}
            {retractedCount > 0 ? `, of which ${retractedCount} retracted` : ""})
          </h2>
          <ol className="statement-list" start={offset + 1}>
            {histories.map((h) => (
              <li key={h.current.id} data-statement-id={h.current.id} data-status={h.current.status}>
                <StatementDetails statement={h.current} categories={categories} />
                {h.current.status === "retracted" ? (
                  <p className="retraction-reason">Retracted: {h.current.changeReason ?? "no reason recorded"}. It does not count.</p>
                ) : null}
                {/* A history of one version is one line; a longer one folds into a disclosure. */}
                {h.versions.length === 1 ? (
                  <SingleVersion version={withChanges(h.versions)[0]!} />
                ) : (
                  <details>
                    <summary>Version history ({h.versions.length} versions)</summary>
                    <VersionHistory versions={withChanges(h.versions)} stanceLabels={labels} />
                  </details>
                )}
              </li>
            ))}
          </ol>
          {pageCount > 1 ? <PageLinks iso3={country.iso3} page={page} pageCount={pageCount} first={offset + 1} last={offset + histories.length} total={total} keep={keep} /> : null}
        </section>
      ) : null}
      <section aria-labelledby="summits">
        <h2 id="summits">Summits</h2>
        {summits.length === 0 ? (
          <p className="empty">The tracker records no summit that {country.name} took part in.</p>
        ) : (
          <ul>
            {summits.map((e) => (
              <li key={e.slug}>
                <Link href={`/events/${e.slug}${keep}`}>{e.name}</Link>, {e.place ? `${e.place}, ` : ""}
                {formatDate(e.heldOn)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CorrectionForm action={suggestCorrectionAction} target={{ countryIso3: country.iso3 }} honeypotField={HONEYPOT_FIELD} bodyMax={CORRECTION_BODY_MAX} />
    </article>
  );
}
