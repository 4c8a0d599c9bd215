import "server-only";
import type { Db } from "@/db/client";
import { listCategories, listCountries } from "@/db/reference";
import { getStatementsAt, listStatementFacts, type StatementDto } from "@/db/statements";
import { diffStances } from "@/lib/diff/diff";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { countStances } from "@/lib/timeline/timeline";
import type { Comparison } from "@/lib/compare/compare";
import { applyGroup, type Group } from "@/lib/groups/group-view";
import { fadedCountries, positionAges } from "@/lib/staleness/age";
import type { IsoDate } from "@/lib/types";

/**
 * What changed between `dateA` and `dateB`, as the data stood at `known` (null: now), counting only
 * the group's members on each date (as the dashboard's group= does), with the positions older than
 * `stale` days on each date.
 */
export function readComparison(db: Db, dateA: IsoDate, dateB: IsoDate, known: number | null, group: Group | null = null, stale: number | false = false): Comparison<StatementDto> {
  const facts = applyGroup(listStatementFacts(db, known), group);
  const moves = diffStances(facts, dateA, dateB);
  const ids = moves.flatMap((m) => [m.fromStatementId, m.toStatementId]).filter((id) => id !== null);
  return {
    categories: listCategories(db),
    moves,
    statements: getStatementsAt(db, ids, known),
    names: new Map(listCountries(db).map((c) => [c.iso3, c.name])),
    countsA: countStances(stancesAsOf(facts, dateA).values()),
    countsB: countStances(stancesAsOf(facts, dateB).values()),
    faded: stale === false ? null : { days: stale, a: fadedCountries(positionAges(facts, dateA), stale).size, b: fadedCountries(positionAges(facts, dateB), stale).size },
  };
}
