import "server-only";
import type { Db } from "../client";
import { sources as sourcesTable } from "../schema";
import { packTimeline, type CitedFact, type PayloadSource, type TimelinePayload } from "@/lib/timeline/timeline-payload";
import { listCountries } from "../reference/countries";
import { listEvents } from "../events/read";
import { visibleAt } from "./rows";
import type { ConditionKey } from "@/lib/types";

/**
 * Everything the dashboard's client needs to show any date locally, as the data stood at `known`
 * (ms) or now: see lib/timeline/timeline-payload.ts. Two scans (statements, sources) plus reference data.
 */
export function getTimelinePayload(db: Db, known: number | null = null): TimelinePayload {
  const bind = known === null ? {} : { known };
  // Hand-written: the visibility test is the as-of rule's own SQL (rows.ts visibleAt), and the
  // rows go nearly raw to packTimeline (one scan of every current fact). The claim fields are
  // there for the browser's claim filters and personnel chart; only a non-empty list is parsed.
  const rows = db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance,
         s.stated_on_precision as precision, s.source_id as sourceId,
         s.speaker_role as speakerRole, s.commitment, s.condition_keys as conditionKeys, s.troops_min as troopsMin
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(bind) as (Omit<CitedFact, "conditionKeys"> & { conditionKeys: string })[];
  const facts: CitedFact[] = rows.map((r) =>
    r.conditionKeys === "[]" ? { ...r, conditionKeys: [] } : { ...r, conditionKeys: JSON.parse(r.conditionKeys) as ConditionKey[] },
  );
  // The citations as known at `known`: each source's version current then.
  const sources: PayloadSource[] =
    known === null
      ? db.select({ id: sourcesTable.id, title: sourcesTable.title, publisher: sourcesTable.publisher, url: sourcesTable.url }).from(sourcesTable).all()
      : (db.$client.prepare(`select s.id, s.title, s.publisher, s.url from source_versions s where ${visibleAt(known)}`).all(bind) as PayloadSource[]);
  const events = listEvents(db, known).map((e) => ({ date: e.heldOn, name: e.name, slug: e.slug }));
  return packTimeline(facts, sources, listCountries(db), events);
}
