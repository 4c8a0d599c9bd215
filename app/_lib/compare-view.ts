import "server-only";
import type { Db } from "@/db/client";
import { listEvents, readGroup } from "@/db/events";
import { getDatasetSpan } from "@/db/statements";
import { defaultFirstDate, readCompareParams } from "@/lib/compare/compare-params";
import { parseInstant, todayIso } from "@/lib/dates";
import type { Group } from "@/lib/groups/group-view";
import { staleThreshold } from "@/lib/staleness/age";
import type { IsoDate } from "@/lib/types";

type RawParams = Record<string, string | string[] | undefined>;

export type CompareView = {
  dateA: IsoDate;
  dateB: IsoDate;
  known: number | null;
  group: Group | null;
  stale: number | false;
  /** The view's parameters every link of the screen keeps (swap, the dashboard on either date). */
  viewParams: Record<string, string>;
  notices: string[];
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The compare view a query names: `date=A&compare=B&known=T&group=G&stale=DAYS`, with the screen's
 * defaults (the previous summit, else the first statement, and today). The page, its citation and
 * its preview image all read it here, so they describe the same two dates and the same group.
 */
export function resolveCompareView(db: Db, sp: RawParams, today: IsoDate = todayIso()): CompareView {
  const span = getDatasetSpan(db);
  const dateA = defaultFirstDate(listEvents(db).map((e) => e.heldOn), span?.first ?? null, today);
  const p = readCompareParams(sp, { dateA, dateB: today }, today);
  const notices = [...p.notices];
  const rawKnown = first(sp.known);
  let known: number | null = null;
  if (rawKnown) {
    known = parseInstant(rawKnown);
    if (known === null) notices.push(`"known=${rawKnown}" is not an ISO-8601 instant; showing the data as known now.`);
  }
  // A summit group is its participants as known at `known`, like the rest of the view.
  const group = p.group === null ? null : readGroup(db, p.group, known);
  if (p.group !== null && group === null) notices.push(`Ignored group="${p.group}": no event has that slug; showing every country.`);
  const viewParams: Record<string, string> = { ...(group ? { group: group.key } : {}), ...(p.stale !== null ? { stale: p.stale === false ? "off" : String(p.stale) } : {}) };
  return { dateA: p.dateA, dateB: p.dateB, known, group, stale: staleThreshold(p.stale), viewParams, notices };
}
