/**
 * The sources behind a view (GET /api/v1/citations, the citation bundle): every source, primary
 * or corroborating, of the statements that decide the view's countries on its date, as the data
 * was known at `known`, under the dashboard's claim filters (lib/claims/claim-view.ts) and group
 * (lib/groups), each source once. The statements' own reads give each version's sources, so the
 * list is the one the view's panels and table cite.
 */
import "server-only";
import type { Db } from "../client";
import { getStancesInView } from "../statements/claim-view";
import { getStatementsAt } from "../statements/read";
import type { ClaimView } from "@/lib/claims/claim-view";
import { rowsInGroup, type Group } from "@/lib/groups/group-view";
import type { IsoDate, Source } from "@/lib/types";

/** A statement citing a source, and how: its primary source or a corroborating one. */
export type Citing = { statementId: number; countryIso3: string; role: "primary" | "corroborating" };

/** A source with the deciding statements that cite it, in the order they were met. */
export type CitedSource = Source & { citedBy: Citing[] };

export type SourcesQuery = {
  date: IsoDate;
  known: number | null;
  view: ClaimView;
  group: Group | null;
  /** Only this country's deciding statement. */
  country?: string | null;
  /** Only this statement (its version at `known`), whatever decides its country. */
  statement?: number | null;
};

type Citer = { id: number; countryIso3: string; sources: readonly Source[] };

/** Each source once (by id), in the order met: countries by name, each statement's primary first. */
export function dedupeSources(statements: readonly Citer[]): CitedSource[] {
  const byId = new Map<number, CitedSource>();
  for (const s of statements) {
    s.sources.forEach((src, i) => {
      const citing: Citing = { statementId: s.id, countryIso3: s.countryIso3, role: i === 0 ? "primary" : "corroborating" };
      const seen = byId.get(src.id);
      if (seen) seen.citedBy.push(citing);
      else byId.set(src.id, { ...src, citedBy: [citing] });
    });
  }
  return [...byId.values()];
}

/** The sources behind the view (see the header). */
export function listSourcesInView(db: Db, q: SourcesQuery): CitedSource[] {
  if (q.statement != null) {
    const s = getStatementsAt(db, [q.statement], q.known).get(q.statement);
    return s ? dedupeSources([s]) : [];
  }
  const rows = rowsInGroup(getStancesInView(db, q.date, q.known, q.view).rows, q.group, q.date);
  return dedupeSources(q.country ? rows.filter((r) => r.countryIso3 === q.country) : rows);
}
