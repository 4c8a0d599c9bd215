import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDatedFacts } from "@/db/statements";
import { listCountries } from "@/db/reference";
import { listEvents } from "@/db/events";
import { listCategories } from "@/db/reference";
import { compareHref } from "@/lib/compare/compare-params";
import { addDays } from "@/lib/dates";
import { changesAround, stanceChanges } from "@/lib/timeline/event-changes";
import { formatDate, formatLongDate } from "@/lib/format/format";
import { Citation } from "@/components/ui/citation";
import { Quote } from "@/components/ui/quote";
import { StanceBadge } from "@/components/country/stance-badge";
import { FrozenNote } from "@/components/ui/frozen-note";
import { Notices } from "@/components/dashboard/notices";
import { pageViewQuery, readPageView } from "../_lib/page-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Summits", description: "The coalition's summits: what was agreed, and the positions stated around them." };

/** "Within a few days": statements are often reported a day or two before or after a summit. */
const WINDOW_DAYS = 3;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const { known, notices } = readPageView(await searchParams);
  const db = getDb();
  // The events and the statements around them as known at `known` (a frozen link), or now.
  const events = listEvents(db, known);
  const categories = listCategories(db);
  const names = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
  const changes = stanceChanges(listDatedFacts(db, known));
  const keep = pageViewQuery({ date: null, known });
  const category = (k: string | null) => categories.find((c) => c.key === k) ?? null;
  return (
    <>
      <h1>Summits</h1>
      <Notices notices={notices} />
      <FrozenNote known={known} currentHref="/events" />
      <p className="lede">
        Each meeting of the coalition with what was agreed, its source, and the changes of position stated within {WINDOW_DAYS} days of it.
      </p>
      {events.length === 0 ? <p className="empty">No summits recorded yet.</p> : null}
      <ol className="events-timeline" data-testid="events">
        {events.map((e) => {
          const near = changesAround(changes, e.heldOn, WINDOW_DAYS);
          return (
            <li key={e.slug} id={e.slug} data-slug={e.slug} className="event">
              <h2>
                <time dateTime={e.heldOn}>{formatLongDate(e.heldOn)}</time>: <Link href={`/events/${e.slug}${keep}`}>{e.name}</Link>
              </h2>
              <p className="quote-meta">
                {e.place ?? "Place not recorded"}
                {e.participants.length > 0 ? " · named participants: " : ""}
                {e.participants.map((iso3, i) => (
                  <span key={iso3}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/countries/${iso3}`}>{names.get(iso3) ?? iso3}</Link>
                  </span>
                ))}
              </p>
              {e.summary ? <p>{e.summary}</p> : null}
              <Quote of={e} block />
              {e.source ? (
                <p>
                  Source: <Citation source={e.source} />{" "}
                  <Link href={`/sources/${e.source.id}${keep}`} className="quote-meta">
                    (source page)
                  </Link>
                </p>
              ) : (
                <p className="empty">No source recorded.</p>
              )}
              <h3>Positions stated within {WINDOW_DAYS} days</h3>
              {near.length === 0 ? (
                <p className="empty">No country changed position within {WINDOW_DAYS} days of this summit.</p>
              ) : (
                <ul className="event-changes">
                  {near.map((c) => (
                    <li key={c.statementId} data-iso3={c.countryIso3}>
                      <Link href={`/countries/${c.countryIso3}`}>{names.get(c.countryIso3) ?? c.countryIso3}</Link>:{" "}
                      <StanceBadge category={category(c.from)} /> → <StanceBadge category={category(c.to)} />{" "}
                      <Link href={`/statements/${c.statementId}`}>
                        {formatDate(c.date, c.precision)}
                        {c.precision === "month" ? " (month precision: the exact day is not known)" : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <p className="quote-meta">
                <Link href={`/${pageViewQuery({ date: e.heldOn, known })}`}>The coalition on {formatDate(e.heldOn)}</Link> ·{" "}
                <Link href={compareHref(addDays(e.heldOn, -1), addDays(e.heldOn, WINDOW_DAYS))}>
                  What changed from the day before to {WINDOW_DAYS} days after
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
