import "server-only";
import type { Db } from "@/db/client";
import { listCategories, listCountries } from "@/db/reference";
import { getStatementsAt, listStatementFacts, type StatementDto } from "@/db/statements";
import { diffStances } from "@/lib/diff/diff";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";
import { countStances } from "@/lib/timeline/timeline";
import type { Comparison } from "@/lib/compare/compare";
import type { IsoDate } from "@/lib/types";

/** What changed between `dateA` and `dateB`, as the data stood at `known` (null: now). */
export function readComparison(db: Db, dateA: IsoDate, dateB: IsoDate, known: number | null): Comparison<StatementDto> {
  const facts = listStatementFacts(db, known);
  const moves = diffStances(facts, dateA, dateB);
  const ids = moves.flatMap((m) => [m.fromStatementId, m.toStatementId]).filter((id) => id !== null);
  return {
    categories: listCategories(db),
    moves,
    statements: getStatementsAt(db, ids, known),
    names: new Map(listCountries(db).map((c) => [c.iso3, c.name])),
    countsA: countStances(stancesAsOf(facts, dateA).values()),
    countsB: countStances(stancesAsOf(facts, dateB).values()),
  };
}
