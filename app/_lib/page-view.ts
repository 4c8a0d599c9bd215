/**
 * The `date` and `known` of a public page other than the dashboard (country, source, statement and
 * event pages), read as the dashboard reads them (lib/url/search-params.ts), and the query that
 * carries them on to the page's links.
 */
import { readViewParams, serializeViewParams } from "@/lib/url/search-params";
import type { IsoDate } from "@/lib/types";

export type PageView = { date: IsoDate | null; known: number | null; notices: string[] };

type RawParams = Record<string, string | string[] | undefined>;

/** The page's date and known instant; other parameters are ignored (they belong to the dashboard). */
export function readPageView(raw: RawParams): PageView {
  const { params, notices } = readViewParams({ date: raw.date, known: raw.known });
  return { date: params.date, known: params.known, notices };
}

/** `?date=&known=` (either left out when null), for links that keep the page's view. */
export function pageViewQuery(view: Pick<PageView, "date" | "known">): string {
  return serializeViewParams({ date: view.date, known: view.known });
}
