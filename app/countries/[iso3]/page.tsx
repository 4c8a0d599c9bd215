import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getCountry } from "@/db/reference";
import { listEvents } from "@/db/events";
import { listCategories } from "@/db/reference";
import { getDatasetSpan } from "@/db/statements";
import { listCountryStatementHistories, withChanges } from "@/db/statements";
import { todayIso } from "@/lib/dates";
import { formatDate, formatLongDate } from "@/lib/format/format";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { countryChangePoints } from "@/lib/timeline/timeline";
import { StanceBand } from "@/components/country/stance-band";
import { StatementDetails } from "@/components/country/statement-details";
import { VersionHistory } from "@/components/country/version-history";
import { stanceLabels } from "@/db/reference";
import { CorrectionForm } from "@/components/corrections/correction-form";
import { CORRECTION_BODY_MAX, HONEYPOT_FIELD } from "@/db/corrections/validation";
import { suggestCorrectionAction } from "@/app/_actions/corrections";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string }>;

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
  return {
    title: country.name,
    description: `What ${country.name} has said it will contribute to a multinational force for Ukraine, with sources.`,
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

export default async function CountryPage({ params }: { params: Params }) {
  const country = await loadCountry(params);
  const db = getDb();
  const categories = listCategories(db);
  const histories = listCountryStatementHistories(db, country.iso3);
  const facts = histories
    .filter((h) => h.current.status === "published")
    .map(({ current: c }) => ({ statementId: c.id, countryIso3: c.countryIso3, statedOn: c.statedOn, stance: c.stance }));
  const today = todayIso();
  const deciding = stancesAsOf(facts, today).get(country.iso3);
  const current = deciding ? histories.find((h) => h.current.id === deciding.statement.statementId)?.current : undefined;
  const points = countryChangePoints(facts).get(country.iso3) ?? [];
  const span = getDatasetSpan(db);
  const retractedCount = histories.filter((h) => h.current.status === "retracted").length;
  const summits = listEvents(db).filter((e) => e.participants.includes(country.iso3));

  return (
    <article className="country-page" data-testid="country-page" data-iso3={country.iso3}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/countries">Countries</Link> › {country.name}
      </nav>
      <h1>{country.name}</h1>
      <p className="country-feed">
        <a href={countryFeedPath(country.iso3)} type="application/atom+xml" data-testid="country-feed">
          Atom feed of {country.name}&apos;s position changes
        </a>
      </p>
      <section aria-labelledby="current-stance">
        <h2 id="current-stance">Position today ({formatLongDate(today)})</h2>
        {current ? (
          <StatementDetails statement={current} categories={categories} />
        ) : (
          <p className="empty" data-testid="no-statement">
            {histories.length === 0
              ? `The tracker has no statement from ${country.name}, so it shows no position for it.`
              : `${country.name} has no published statement in force today, so it shows no position for it.`}
          </p>
        )}
      </section>
      {span && histories.length > 0 ? (
        <section aria-labelledby="over-time">
          <h2 id="over-time">Over time</h2>
          <StanceBand points={points} categories={categories} start={span.first < today ? span.first : today} end={today} />
        </section>
      ) : null}
      {histories.length > 0 ? (
        <section aria-labelledby="statements">
          <h2 id="statements">
            Statements ({histories.length}
            {retractedCount > 0 ? `, of which ${retractedCount} retracted` : ""})
          </h2>
          <ol className="statement-list">
            {histories.map((h) => (
              <li key={h.current.id} data-statement-id={h.current.id} data-status={h.current.status}>
                <StatementDetails statement={h.current} categories={categories} />
                {h.current.status === "retracted" ? (
                  <p className="retraction-reason">Retracted: {h.current.changeReason ?? "no reason recorded"}. It does not count.</p>
                ) : null}
                <details>
                  <summary>
                    Version history ({h.versions.length} {h.versions.length === 1 ? "version" : "versions"})
                  </summary>
                  <VersionHistory versions={withChanges(h.versions)} stanceLabels={stanceLabels(getDb())} />
                </details>
              </li>
            ))}
          </ol>
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
                <Link href={`/events#${e.slug}`}>{e.name}</Link>, {e.place ? `${e.place}, ` : ""}
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
