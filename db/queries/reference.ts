import "server-only";
import type { Db } from "../client";
import type { Country, IsoDate, Source, StanceCategory } from "@/lib/types";

export function listCountries(db: Db): Country[] {
  return db.$client.prepare("select iso3, iso2, numeric, name from countries order by name").all() as Country[];
}

export type EventDto = {
  id: number;
  slug: string;
  name: string;
  place: string | null;
  heldOn: IsoDate;
  summary: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  participants: string[];
  source: Pick<Source, "id" | "title" | "publisher" | "url" | "publishedOn"> | null;
};

type EventRow = Omit<EventDto, "participants" | "source"> & {
  participants: string | null;
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
};

/** Summits and other dated events, oldest first, with their participants and citation. */
export function listEvents(db: Db): EventDto[] {
  const rows = db.$client
    .prepare(
      `select e.id, e.slug, e.name, e.place, e.held_on as heldOn, e.summary, e.quote, e.quote_language as quoteLanguage,
         (select group_concat(p.country_iso3, ',') from event_participants p where p.event_id = e.id) as participants,
         src.id as sourceId, src.title as sourceTitle, src.publisher as sourcePublisher, src.url as sourceUrl,
         src.published_on as sourcePublishedOn
       from events e left join sources src on src.id = e.source_id
       order by e.held_on, e.id`,
    )
    .all() as EventRow[];
  return rows.map(({ participants, sourceId, sourceTitle, sourcePublisher, sourceUrl, sourcePublishedOn, ...e }) => ({
    ...e,
    participants: participants ? participants.split(",").sort() : [],
    source:
      sourceId === null || sourceTitle === null
        ? null
        : { id: sourceId, title: sourceTitle, publisher: sourcePublisher, url: sourceUrl, publishedOn: sourcePublishedOn },
  }));
}

/** The seven categories, strongest commitment first. */
export function listCategories(db: Db): StanceCategory[] {
  return db.$client
    .prepare("select key, label, description, colour, rank from stance_categories order by rank")
    .all() as StanceCategory[];
}
