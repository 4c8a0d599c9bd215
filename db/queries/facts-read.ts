import "server-only";
import type { Db } from "../client";
import type { DatedFact } from "@/lib/event-changes";
import { visibleAt } from "./statement-rows";

/**
 * Like listStatementFacts, plus each statement's date precision, so that timelines can say when a
 * change is only known to the month. Published versions visible at `known` (or now).
 */
export function listDatedFacts(db: Db, known: number | null = null): DatedFact[] {
  return db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance,
         s.stated_on_precision as statedOnPrecision
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(known === null ? {} : { known }) as DatedFact[];
}
