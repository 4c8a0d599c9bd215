import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getEventBySlug } from "@/db/events";
import { listCategories, listCountries } from "@/db/reference";
import { getStancesAsOf } from "@/db/statements";
import { formatDate, formatLongDate } from "@/lib/format/format";
import { Citation } from "@/components/ui/citation";
import { Quote } from "@/components/ui/quote";
import { StanceBadge } from "@/components/country/stance-badge";
import { FrozenNote } from "@/components/ui/frozen-note";
import { Notices } from "@/components/dashboard/notices";
import { serializeViewParams } from "@/lib/url/search-params";
import { pageViewQuery, readPageView } from "../../_lib/page-view";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The event for the URL, as known at `known` (a frozen link) or now; 404 when there was none. */
async function loadEvent(params: Params, searchParams: SearchParams) {
  const { slug } = await params;
  const view = readPageView(await searchParams);
  // Slugs are lower-case words and digits joined by hyphens (db/events/validation.ts): anything else names no event.
  const event = /^[a-z0-9-]{1,120}$/.test(slug) ? getEventBySlug(getDb(), slug, view.known) : null;
  if (!event) notFound();
  return { event, view };
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { event } = await loadEvent(params, searchParams);
  return { title: `${event.name}, ${formatDate(event.heldOn)}`, description: event.summary ?? `The coalition's meeting of ${formatLongDate(event.heldOn)}.` };
}

/**
 * /events/{slug}[?known=]: one summit with its participants and the position each had stated by
 * that day, its citation, and links to the dashboard on its date, all as known at `known`.
 */
export default async function EventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { event, view } = await loadEvent(params, searchParams);
  const { known } = view;
  const db = getDb();
  const categories = listCategories(db);
  const names = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
  const stances = new Map(getStancesAsOf(db, event.heldOn, known).map((s) => [s.countryIso3, s]));
  const keep = pageViewQuery({ date: null, known });
  return (
    <article className="event-page" data-testid="event-page" data-slug={event.slug}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={`/events${keep}`}>Summits</Link> › {event.name}
      </nav>
      <h1>{event.name}</h1>
      <Notices notices={view.notices} />
      <FrozenNote known={known} currentHref={`/events/${event.slug}`} />
      <p className="quote-meta">
        <time dateTime={event.heldOn}>{formatLongDate(event.heldOn)}</time> · {event.place ?? "Place not recorded"}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
      <Quote of={event} block />
      {event.source ? (
        <p data-testid="event-source">
          Source: <Citation source={event.source} />{" "}
          <Link href={`/sources/${event.source.id}${keep}`} className="quote-meta">
            (source page)
          </Link>
        </p>
      ) : (
        <p className="empty">No source recorded.</p>
      )}
      <h2>Named participants and their positions on {formatDate(event.heldOn)}</h2>
      {event.participants.length === 0 ? (
        <p className="empty">No participants recorded.</p>
      ) : (
        <ul className="event-participants" data-testid="event-participants">
          {event.participants.map((iso3) => {
            const deciding = stances.get(iso3);
            return (
              <li key={iso3} data-iso3={iso3}>
                <Link href={`/countries/${iso3}${keep}`}>{names.get(iso3) ?? iso3}</Link>:{" "}
                {deciding ? (
                  <>
                    <StanceBadge category={categories.find((c) => c.key === deciding.stance) ?? null} />{" "}
                    <Link href={`/statements/${deciding.id}${keep}`} className="quote-meta">
                      stated {formatDate(deciding.statedOn, deciding.statedOnPrecision)}
                    </Link>
                  </>
                ) : (
                  <span className="empty">no position stated by then</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="quote-meta">
        <Link href={`/${pageViewQuery({ date: event.heldOn, known })}`}>The coalition on {formatDate(event.heldOn)}</Link> ·{" "}
        <Link href={`/${serializeViewParams({ date: event.heldOn, known, group: `summit:${event.slug}` })}`}>Only this summit&apos;s participants</Link>
      </p>
    </article>
  );
}
