/**
 * Citations rendered with citation-js (CSL through citeproc-js, BibTeX), on the server only: the
 * library stays out of the browser bundle, the Cite control gets finished text. APA is plugin-csl's
 * own template; Chicago author-date is registered from chicago-style.ts.
 */
import "server-only";
import { Cite, plugins } from "@citation-js/core";
import { LRUCache } from "lru-cache";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import type { CslItem } from "@/lib/cite/view-citation";
import { CHICAGO_STYLE, chicagoStyle } from "./chicago-style";

export type CitationStyle = "apa" | "chicago";

function registerChicago(): void {
  const styles = plugins.config.get("@csl").styles;
  if (!styles.has(CHICAGO_STYLE)) styles.add(CHICAGO_STYLE, chicagoStyle());
}

/** citation-js itself: one bibliography entry per item, as plain text, in the style. */
function renderBibliography(items: readonly CslItem[], style: CitationStyle): string {
  if (style === "chicago") registerChicago();
  const template = style === "chicago" ? CHICAGO_STYLE : "apa";
  return new Cite(items).format("bibliography", { format: "text", template, lang: "en-US" }).trim();
}

/*
 * The memo. A live page cites itself frozen at now, so between two requests only the item's URL (the
 * permalink, carrying `known`) changes; a dashboard link on another date changes the date in its
 * title too ("positions on 6 January 2026"), which made every new date a full citeproc run (about
 * 13 ms of an uncached render of `/`). The text is rendered once per (style, item without its URL
 * and its title's dates) with markers in their places, and the real URL and dates are put where the
 * markers came out.
 * That is byte-identical only for parts citeproc prints as given. For a URL: it turns ' and " into
 * typographic quotes, and Chicago's closing period merges with a URL ending in ".", ";" or "...".
 * So the memo takes only URLs of plain characters ending in a letter, a digit or "/" (every
 * permalink ends in its instant's "Z"); any other item is rendered as it is. For a date written
 * "6 January 2026" (lib/format/format.ts formatLongDate): digits and a capitalised month name,
 * which neither APA (title as given) nor Chicago's headline case changes; the marker is an all-caps
 * word, which both keep as an acronym. tests/app/cite/memo.test.ts holds the memo's text to a full
 * render's on a grid of items.
 */
const MEMO_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&()*+,=%[\]]*[A-Za-z0-9/]$/;
const marker = (i: number) => `http://cite-memo.invalid/url${i}x`;
const MARKERS = /http:\/\/cite-memo\.invalid\/url(\d+)x/g;
const LONG_DATE = /\b(?:[1-9]|[12]\d|3[01]) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;
const dateMarker = (i: number) => `DATEMEMO${i}Q`;
const DATE_MARKERS = /DATEMEMO(\d+)Q/g;
const LOOKS_LIKE_A_MARKER = /DATEMEMO\d+Q|cite-memo\.invalid/;
const memo = new LRUCache<string, string>({ max: 500 });

/** The numbers of the markers in `text`, sorted: each marker must come out exactly once. */
const markersIn = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => Number(m[1])).sort((a, b) => a - b).join();

/** One bibliography entry per item, as plain text, in the style (memoised apart from the URLs and the titles' dates). */
export function formatBibliography(items: readonly CslItem[], style: CitationStyle): string {
  const urls = items.map((item) => item.URL);
  if (!urls.every((u) => u === undefined || (typeof u === "string" && MEMO_URL.test(u)))) return renderBibliography(items, style);
  // An item that already reads like a marker would be put back wrongly: rendered as it is.
  if (items.some((item) => LOOKS_LIKE_A_MARKER.test(JSON.stringify(item)))) return renderBibliography(items, style);
  const dates: string[] = [];
  const marked = items.map((item, i) => {
    const title = item.title.replace(LONG_DATE, (date) => dateMarker(dates.push(date) - 1));
    return { ...item, title, ...(item.URL === undefined ? {} : { URL: marker(i) }) };
  });
  const key = `${style}\n${JSON.stringify(marked)}`;
  let text = memo.get(key);
  if (text === undefined) {
    text = renderBibliography(marked, style);
    // Each marker printed once, as given, and nothing else looking like one: else no memo.
    const expectedUrls = urls.flatMap((u, i) => (u === undefined ? [] : [i])).join();
    const expectedDates = dates.map((_, i) => i).join();
    if (markersIn(text, MARKERS) !== expectedUrls || markersIn(text, DATE_MARKERS) !== expectedDates) return renderBibliography(items, style);
    memo.set(key, text);
  }
  return text.replace(MARKERS, (_, i: string) => urls[Number(i)] as string).replace(DATE_MARKERS, (_, i: string) => dates[Number(i)]!);
}

/** BibTeX entries of the items (citation-js's BibTeX output). */
export function formatBibtex(items: readonly CslItem[]): string {
  return new Cite(items).format("bibtex", { format: "text" });
}

/** The items as CSL-JSON (an array), as citation-js normalises them. */
export function formatCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(new Cite(items).data.map(stripInternal), null, 2)}\n`;
}

/** citation-js marks its own bookkeeping with a leading underscore; CSL-JSON readers do not want it. */
function stripInternal(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith("_")));
}
