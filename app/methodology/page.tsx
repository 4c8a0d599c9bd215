import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { NO_POSITION_FILL } from "@/components/map/map-style";
import { NO_ADDRESS_SENTENCE } from "@/components/ui/no-address";
import { CODING_RULES } from "./coding-rules";
import { DATA_LICENCE } from "@/lib/data-licence";
import "./methodology.css";

// It reads the categories from the database, which does not exist at build time (stack-notes).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Methodology",
  description: "What each stance category means, how dates and confidence are set, where the data comes from, its caveats, and how errors are corrected.",
};

/** The five seed articles, as listed in shared/seed-articles/README.md: none carried a URL or a date. */
const SEED_ARTICLES = [
  { publisher: "IT BOLTWISE", title: "Europäische Truppen für Ukraine-Frieden: Eine Koalition der Willigen", dated: "the Paris meeting of 4 September 2025" },
  { publisher: "IT BOLTWISE", title: "Europäische Truppenpräsenz in der Ukraine: Strategien für die Zukunft", dated: "the days before and at the Paris meeting, early September 2025" },
  { publisher: "IT BOLTWISE", title: "Pariser Konferenz: Sicherheitsgarantien für die Ukraine im Fokus", dated: "the Paris meeting of 4 September 2025" },
  { publisher: "a news aggregator page", title: "Koalition der Freiwilligen unterzeichnet Erklärung für multinationale Truppe in der Ukraine", dated: "6 January 2026, stated in the text" },
  { publisher: "IT BOLTWISE", title: "Nato und die Zukunft der Sicherheitsgarantien für die Ukraine", dated: "shortly before the Paris meeting of 4 September 2025" },
];

export default function MethodologyPage() {
  const categories = listCategories(getDb());
  return (
    <article className="methodology" data-testid="methodology">
      <h1>Methodology</h1>
      <p className="lede">
        How the tracker turns public statements into positions: what each category means, how a statement is dated and graded, where the material
        comes from, what it cannot tell you, and how mistakes are corrected.
      </p>
      <nav aria-label="On this page" className="methodology-toc">
        <ul>
          <li><a href="#categories">Categories</a></li>
          <li><a href="#dates">Dates and the as-of rule</a></li>
          <li><a href="#confidence">Confidence</a></li>
          <li><a href="#sources">Sources</a></li>
          <li><a href="#caveats">Caveats</a></li>
          <li><a href="#corrections">Corrections</a></li>
        </ul>
      </nav>

      <section id="categories" aria-labelledby="categories-h">
        <h2 id="categories-h">What each category means</h2>
        <p>
          Every statement is put in exactly one of {categories.length} categories, from the strongest commitment to a refusal. A statement
          that offers several things is put in the category of its main offer; the other offers are listed in its contributions.
        </p>
        <dl className="category-rules" data-testid="category-rules">
          {categories.map((c) => (
            <div key={c.key} data-category={c.key} id={`category-${c.key}`}>
              <dt>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {c.label} <code>{c.key}</code>
              </dt>
              <dd>
                <p className="category-description">{c.description.replace(/\.?$/, ".")}</p>
                <p className="category-rule">
                  <strong>Coding rule:</strong> {CODING_RULES[c.key] ?? "No coding rule written yet."}
                </p>
              </dd>
            </div>
          ))}
          <div data-category="none" id="category-none">
            <dt>
              <span className="swatch" style={{ background: NO_POSITION_FILL }} aria-hidden="true" />
              No stated position
            </dt>
            <dd>
              <p>
                The tracker has no statement from this country on or before the date. It is not a category and says nothing about what the
                country intends: it may simply not have spoken in public, or its statement may not have been found yet.
              </p>
            </dd>
          </div>
        </dl>
      </section>

      <section id="dates" aria-labelledby="dates-h">
        <h2 id="dates-h">Dates and the as-of rule</h2>
        <h3>Which statement gives a country&apos;s position</h3>
        <p>
          A country&apos;s position on a date is its latest published statement dated on or before that date. Of two statements on the same day,
          the one recorded later wins. A retracted statement drops out, and the country falls back to its previous statement. Adding{" "}
          <code>known=</code> to a link shows the data as it was known at that moment, so a cited link keeps showing what its author saw.
        </p>
        <h3 id="claim-filters">Official positions, commitment levels and scenarios</h3>
        <p>
          The dashboard and the API can count only some statements. <code>official=1</code> leaves out claims by an anonymous official and claims
          with no speaker role recorded (unattributed); every named office counts, &ldquo;other&rdquo; included. <code>commitment=pledged</code>{" "}
          counts only statements at that level or firmer (floated &lt; willing &lt; pledged &lt; approved &lt; deployed); a statement with no
          level recorded is below every level. A statement left out is treated like a retracted one: the country falls back to its latest earlier
          statement that counts, or to no stated position. So &ldquo;official positions only&rdquo; shows a government&apos;s last on-the-record
          position even when an anonymous report came later, and &ldquo;pledged or firmer&rdquo; shows each country&apos;s latest statement at that
          level even when vaguer words followed; the country&apos;s panel still lists every statement.
        </p>
        <p>
          A scenario (<code>assume=no_us_backstop</code>, and the same for each condition key) recounts the view as if that condition fails:
          a statement whose condition keys include it counts as undecided. It leaves no statement out, so the countries it moves are exactly
          those whose deciding statement names the condition; the dashboard names them. These are what-if readings of stated conditions, not
          forecasts.
        </p>
        <h3>Date precision</h3>
        <ul>
          <li>
            <strong>Day</strong>: the day the statement was made, where the source gives it. Where it gives only the report&apos;s date, that date
            is used and the statement&apos;s note says &ldquo;date approx&rdquo;.
          </li>
          <li>
            <strong>Month</strong>: only the month is known (shown as, for example, &ldquo;Aug 2025&rdquo;). For the as-of rule it counts from the
            first day of that month.
          </li>
          <li>
            <strong>Inferred from reported events</strong>: the seed articles carry no publication date, so their statements are dated from the
            events the text reports (a summit, a press conference), with the precision the text supports, and each statement&apos;s note says
            how the date was reached.
          </li>
        </ul>
      </section>

      <section id="confidence" aria-labelledby="confidence-h">
        <h2 id="confidence-h">Confidence</h2>
        <p>Each statement carries one of three confidence levels, shown on its page:</p>
        <dl className="confidence-levels">
          <dt>High</dt>
          <dd>A reputable outlet or an official record (such as a parliamentary record) with a direct quote.</dd>
          <dt>Medium</dt>
          <dd>
            A reprint or an aggregator&apos;s copy, a Russian state outlet (or a report derived from TASS, Sputnik or RT), an anonymous-source
            report, an unspecific wording, or an approximate date.
          </dd>
          <dt>Low</dt>
          <dd>A weaker basis than medium; the statement&apos;s note says why. No statement of the cited starter dataset is low.</dd>
        </dl>
      </section>

      <section id="sources" aria-labelledby="sources-h">
        <h2 id="sources-h">Where the data comes from</h2>
        <p>
          Every statement cites its source, with a short quote in the original language. The <Link href="/sources">sources page</Link> lists them
          all, each with the statements drawn from it.
        </p>
        <h3>The five seed articles</h3>
        <p>
          The tracker began from five German news texts. They carried no web address and no publication date, so their citations have no link and
          their statements are dated from the events they report:
        </p>
        <ul className="seed-articles">
          {SEED_ARTICLES.map((a) => (
            <li key={a.title}>
              <cite lang="de">{a.title}</cite>, {a.publisher}; dated from {a.dated}.
            </li>
          ))}
        </ul>
        <p>
          Wherever such a source is cited, it says so: &ldquo;{NO_ADDRESS_SENTENCE}&rdquo;
        </p>
        <h3>The cited starter dataset</h3>
        <p>
          A starter dataset of 92 statements by 35 governments (February 2025 to January 2026), every one with a web address. It was compiled from
          stored copies of public reporting: AP, Reuters reprints, Politico, Kyiv Independent, RBC-Ukraine, Ukrainska Pravda, ERR, Yle, RNZ,
          Anadolu, DutchNews, parliamentary records such as Hansard and the Dáil record, and others. Each statement rests on the passage of the
          page that was read, not on memory; its quote is a short direct quote or a close paraphrase of at most 30 words. Source titles beginning
          with &ldquo;[descriptive]&rdquo; were not visible verbatim and were written from the content or the address.
        </p>
        <h3>When several reports cover one statement</h3>
        <ul>
          <li>
            A statement reported by more than one source is recorded once, citing every source that reports it (the first as its primary source,
            the others as corroborating ones), and counted once. Reports of one country on one day with the same category are one statement: France
            on 4 September 2025 cites the dataset&apos;s report and two seed articles, the United Kingdom on that day two seed articles (and the report below), and
            Germany on 17 February 2025 the dataset&apos;s two reports (the chancellor and a defence ministry spokesperson; the second quote is
            in the note). A seed article reporting a country on the same day as a dataset statement reports that statement, whatever category
            it reads.
          </li>
          <li>
            Where the reports read it differently, the dataset&apos;s coding rules above decide the category, and the other reading is kept in the
            statement&apos;s note. For example, on 6 January 2026 a seed article reads Germany&apos;s offer as support without deployment, while
            the coding rules put forces on neighbouring NATO territory under ground troops.
          </li>
          <li>
            Where a seed article was the only source of a statement, an editor looked for a report a reader can open and cites it as a corroborating
            source (it never makes a statement of its own): Denmark, Estonia, Lithuania and the United Kingdom on 4 September 2025 also cite
            RBC-Ukraine&apos;s report of that day, which names them among the countries ready to deploy troops. It rests on anonymous sources
            (Radio Svoboda&apos;s), so it adds an address to check, not certainty.
          </li>
          <li>Reports that conflict about what was said are kept as reported, each with its own source (see the caveats).</li>
        </ul>
      </section>

      <section id="caveats" aria-labelledby="caveats-h">
        <h2 id="caveats-h">Caveats</h2>
        <ul>
          <li>
            Who pledged what is still largely undisclosed: Macron&apos;s &ldquo;26 countries&rdquo; (4 September 2025) and a reported &ldquo;about 10
            countries ready to send troops&rdquo; were never itemised. The tracker records only what governments said in public.
          </li>
          <li>
            Many statements are conditional (a ceasefire, a US backstop, a UN or EU mandate, a vote in parliament). The conditions are in the quote
            or the note; they are also coded as condition keys, but only where the quote or note states them, so a statement without keys is not
            unconditional.
          </li>
          <li>
            Coverage is uneven: countries with several statements are over-represented against quiet ones. No usable statement was found for
            Cyprus, Malta, Albania, Moldova or Montenegro. Switzerland is not a member and is included for completeness.
          </li>
          <li>Some sources are Russian state media or reprints; they are graded medium and were kept only where other reporting matches them.</li>
          <li>
            Slovenia&apos;s statement of 5 September 2025 conflicts with a Delo report of 6 September listing Slovenia among the 26, and
            Ireland&apos;s statements of 4 September and 21 October 2025 differ. Both are kept as reported.
          </li>
        </ul>
      </section>

      <section id="corrections" aria-labelledby="corrections-h">
        <h2 id="corrections-h">Corrections</h2>
        <p>
          Statements are never overwritten. A correction or a retraction is recorded as a new version, with who made it, when and why, and
          every version stays visible in the statement&apos;s version history on its page. A retracted statement no longer counts, and the country
          falls back to its previous statement.
        </p>
        <p>
          To report an error or a missing statement, use <strong>Suggest a correction</strong> at the foot of any statement page or country page:
          say what is wrong and give a source that shows it (an e-mail address is optional and only editors see it). No account is needed.
          Nothing on the public pages changes until an editor has checked the suggestion against its source; an accepted one becomes an ordinary,
          dated new version of the statement, with its reason, in the version history.
        </p>
      </section>

      <section id="reuse" aria-labelledby="reuse-h">
        <h2 id="reuse-h">Reusing the data</h2>
        <p>
          The data is offered under the <a href={DATA_LICENCE.path} rel="license noopener noreferrer">{DATA_LICENCE.title}</a> licence (
          {`${DATA_LICENCE.name}). ${DATA_LICENCE.scope}`}
        </p>
        <p>
          Credit &ldquo;Coalition Tracker&rdquo; with the address of the view you used: the <strong>Cite</strong> control on the dashboard, country,
          statement and compare pages gives a frozen address and a ready citation. The whole table is at{" "}
          <a href="/api/v1/export.csv">/api/v1/export.csv</a>, described for typed loading by <a href="/api/v1/datapackage.json">its data package</a>.
        </p>
      </section>
    </article>
  );
}
