/** URLs of our own read API that the dashboard calls from the browser. */
import type { IsoDate } from "@/lib/types";

function withKnown(params: Record<string, string>, known: number | null): string {
  return new URLSearchParams(known === null ? params : { ...params, known: new Date(known).toISOString() }).toString();
}

export function countryStatementsUrl(iso3: string, known: number | null): string {
  return `/api/v1/statements?${withKnown({ country: iso3 }, known)}`;
}

export function stancesUrl(date: IsoDate, known: number | null): string {
  return `/api/v1/stances?${withKnown({ date }, known)}`;
}
