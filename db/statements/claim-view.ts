import "server-only";
import type { Db } from "../client";
import { applyClaimView, countriesMoved, countsInView, isAllClaims, viewStance, type ClaimFacts, type ClaimView } from "@/lib/claims/claim-view";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import type { ConditionKey, IsoDate, StatementFact } from "@/lib/types";
import { getBriefStancesAsOf, getStancesAsOf, type BriefStance } from "./as-of";
import { getStatementsAt } from "./read";
import { byCountryName, visibleAt } from "./rows";

/** A statement as the as-of rule and the view's claim rule read it. */
export type ClaimFact = StatementFact & ClaimFacts & { troopsMin: number | null };

/** Every published statement visible at `known` (or now), with the claim fields the view's filters read. */
export function listClaimFacts(db: Db, known: number | null = null): ClaimFact[] {
  const rows = db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance,
         s.speaker_role as speakerRole, s.commitment, s.condition_keys as conditionKeys, s.troops_min as troopsMin
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(known === null ? {} : { known }) as (Omit<ClaimFact, "conditionKeys"> & { conditionKeys: string | ConditionKey[] })[];
  // In place, not `{ ...r, conditionKeys }`: the same objects with the same key order, without a
  // copy of every row (about a third of this read's 0.5 s at 100k statements, issue #16), and
  // no JSON parse for the common empty list.
  for (const r of rows) r.conditionKeys = r.conditionKeys === "[]" ? [] : (JSON.parse(r.conditionKeys as string) as ConditionKey[]);
  return rows as ClaimFact[];
}

/** The facts as the view counts them (lib/claims/claim-view.ts): for the timeline and the charts. */
export function listViewFacts(db: Db, known: number | null, view: ClaimView): ClaimFact[] {
  return applyClaimView(listClaimFacts(db, known), view);
}

/**
 * Each country's deciding statement on `date` under the view's claim filters, with `stance` the
 * category it counts in (undecided where the scenario moved it), by country name; and the
 * countries the scenario moved. With every filter off this is the indexed as-of read itself; with
 * one on, the as-of rule runs over the statements that count (one scan, then one read of the
 * deciding rows), so an anonymous claim never hides an earlier official one.
 */
export function getStancesInView(db: Db, date: IsoDate, known: number | null, view: ClaimView) {
  if (isAllClaims(view)) return { rows: getStancesAsOf(db, date, known), moved: [] as string[] };
  const counted = listClaimFacts(db, known).filter((f) => countsInView(f, view));
  const deciding = [...stancesAsOf(counted, date).values()].map((s) => s.statement);
  const dtos = getStatementsAt(
    db,
    deciding.map((f) => f.statementId),
    known,
  );
  const rows = deciding
    .map((f) => {
      const dto = dtos.get(f.statementId)!;
      return { ...dto, stance: viewStance(dto, view)! };
    })
    .sort(byCountryName);
  return { rows, moved: countriesMoved(deciding, view) };
}

/**
 * getStancesInView with the brief rows (db/statements/as-of.ts: no quotes, citations or actors)
 * when every filter is off, the dashboard's default and the read whose cost grew with the data;
 * with a filter on, its full rows, which have every brief field.
 */
export function getBriefStancesInView(db: Db, date: IsoDate, known: number | null, view: ClaimView): { rows: BriefStance[]; moved: string[] } {
  if (isAllClaims(view)) return { rows: getBriefStancesAsOf(db, date, known), moved: [] };
  return getStancesInView(db, date, known, view);
}
