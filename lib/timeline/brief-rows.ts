/**
 * The map view's no-JavaScript table (components/coalition/stance-groups.tsx) as compact rows.
 * The page hands them to the dashboard, a client component, which renders the table inside
 * <noscript>: the HTML has the table, and the page's flight data only these arrays, not the
 * table's element tree (at 100,000 statements that tree was 140 KB of the page's 180 KB of flight
 * data, issue #16). A browser never builds the table: React renders no children of <noscript>.
 * Country names are not packed: the dashboard already has every country's name.
 */
import type { Commitment, ContributionKey, DatePrecision, IsoDate, StanceKey } from "../types";

/** What packBriefRows reads of a deciding statement (db/statements' StatementDto has all of it). */
export type BriefSource = {
  countryIso3: string;
  stance: StanceKey;
  id: number;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  commitment: Commitment | null;
  contributions: ContributionKey[];
  sizeText: string | null;
  troopsMin: number | null;
  troopsMax: number | null;
};

/**
 * [iso3, stance, statementId, statedOn, precision, commitment, contributions, sizeText, troopsMin, troopsMax],
 * with "day" precision as 0 and month as 1; trailing empty values (null, no contributions) are left off.
 */
export type PackedBriefRow = [string, StanceKey, number, IsoDate, 0 | 1, ...(Commitment | null | ContributionKey[] | string | number)[]];

/** What a row of the brief table shows of its deciding statement, besides the country's name (BriefSource, renamed for the table). */
export type BriefRow = Omit<BriefSource, "countryIso3" | "id"> & { iso3: string; statementId: number };

export function packBriefRow(s: BriefSource): PackedBriefRow {
  const tail: (Commitment | null | ContributionKey[] | string | number)[] = [s.commitment, s.contributions, s.sizeText, s.troopsMin, s.troopsMax];
  while (tail.length > 0) {
    const last = tail[tail.length - 1];
    if (last === null || (Array.isArray(last) && last.length === 0)) tail.pop();
    else break;
  }
  return [s.countryIso3, s.stance, s.id, s.statedOn, s.statedOnPrecision === "month" ? 1 : 0, ...tail];
}

export function unpackBriefRow(p: PackedBriefRow): BriefRow {
  const [iso3, stance, statementId, statedOn, precision, commitment = null, contributions = [], sizeText = null, troopsMin = null, troopsMax = null] = p;
  return {
    iso3,
    stance,
    statementId,
    statedOn,
    statedOnPrecision: precision === 1 ? "month" : "day",
    commitment: commitment as Commitment | null,
    contributions: contributions as ContributionKey[],
    sizeText: sizeText as string | null,
    troopsMin: troopsMin as number | null,
    troopsMax: troopsMax as number | null,
  };
}
