/** URLs of our own read API that the dashboard calls from the browser. */
import type { IsoDate } from "@/lib/types";
import { ALL_CLAIMS, type ClaimView } from "@/lib/claims/claim-view";
import type { GroupKey } from "@/lib/groups/group-view";

function withKnown(params: Record<string, string>, known: number | null): string {
  return new URLSearchParams(known === null ? params : { ...params, known: new Date(known).toISOString() }).toString();
}

/** The panel's history: the country's statements, the retracted ones included (marked, never counted). */
export function countryStatementsUrl(iso3: string, known: number | null): string {
  return `/api/v1/statements?${withKnown({ country: iso3, retracted: "1" }, known)}`;
}

/** The claim view as the API's parameters (only those that are on). */
function claimParams(v: ClaimView): Record<string, string> {
  return { ...(v.official ? { official: "1" } : {}), ...(v.commitment ? { commitment: v.commitment } : {}), ...(v.assume ? { assume: `no_${v.assume}` } : {}) };
}

export function stancesUrl(date: IsoDate, known: number | null, view: ClaimView = ALL_CLAIMS, group: GroupKey | null = null): string {
  return `/api/v1/stances?${withKnown({ date, ...claimParams(view), ...(group ? { group } : {}) }, known)}`;
}

export function timelinePayloadUrl(known: number | null): string {
  const query = withKnown({}, known);
  return query ? `/api/v1/timeline/payload?${query}` : "/api/v1/timeline/payload";
}
