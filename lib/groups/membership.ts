/**
 * Reference data: EU and NATO membership with the dates each member joined (and left), as public
 * record has them. Pure data and pure functions; summit participants are not here (they are the
 * events' data, db/events), they are passed in.
 *
 * EU: the six founders of the EEC (in force 1958-01-01), then the enlargements of 1973, 1981, 1986,
 * 1995, 2004, 2007 and 2013; the United Kingdom left on 2020-02-01.
 * NATO: the twelve signatories of 1949 (in force 1949-08-24), then 1952, 1955 (West Germany),
 * 1982, 1999, 2004, 2009, 2017, 2020, Finland 2023-04-04 and Sweden 2024-03-07.
 */
import type { IsoDate } from "../types";

/** A membership span: from `joined` (inclusive) until `left` (exclusive), or still a member. */
export type Membership = { joined: IsoDate; left: IsoDate | null };

function wave(joined: IsoDate, iso3s: string[]): [string, Membership][] {
  return iso3s.map((iso3) => [iso3, { joined, left: null }]);
}

export const EU_MEMBERSHIP: ReadonlyMap<string, Membership> = new Map([
  ...wave("1958-01-01", ["BEL", "FRA", "DEU", "ITA", "LUX", "NLD"]),
  ...wave("1973-01-01", ["DNK", "IRL"]),
  ["GBR", { joined: "1973-01-01", left: "2020-02-01" }],
  ...wave("1981-01-01", ["GRC"]),
  ...wave("1986-01-01", ["PRT", "ESP"]),
  ...wave("1995-01-01", ["AUT", "FIN", "SWE"]),
  ...wave("2004-05-01", ["CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"]),
  ...wave("2007-01-01", ["BGR", "ROU"]),
  ...wave("2013-07-01", ["HRV"]),
]);

export const NATO_MEMBERSHIP: ReadonlyMap<string, Membership> = new Map([
  ...wave("1949-08-24", ["BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"]),
  ...wave("1952-02-18", ["GRC", "TUR"]),
  ...wave("1955-05-09", ["DEU"]),
  ...wave("1982-05-30", ["ESP"]),
  ...wave("1999-03-12", ["CZE", "HUN", "POL"]),
  ...wave("2004-03-29", ["BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"]),
  ...wave("2009-04-01", ["ALB", "HRV"]),
  ...wave("2017-06-05", ["MNE"]),
  ...wave("2020-03-27", ["MKD"]),
  ...wave("2023-04-04", ["FIN"]),
  ...wave("2024-03-07", ["SWE"]),
]);

export function isMemberOn(m: Membership, date: IsoDate): boolean {
  return m.joined <= date && (m.left === null || date < m.left);
}

/** The ISO3 codes of the members on `date`. */
export function membersOn(membership: ReadonlyMap<string, Membership>, date: IsoDate): Set<string> {
  const out = new Set<string>();
  for (const [iso3, m] of membership) if (isMemberOn(m, date)) out.add(iso3);
  return out;
}
