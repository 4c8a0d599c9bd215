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
 * permalink, carrying `known`) changes. The text is rendered once per (style, item without its URL)
 * with a marker URL in the URL's place, and the real URL is put where the marker came out.
 * That is byte-identical only for a URL citeproc prints as given and whose ending does not meet
 * the style's punctuation: it turns ' and " into typographic quotes, and Chicago's closing period
 * merges with a URL ending in ".", ";" or "...". So the memo takes only URLs of plain characters
 * ending in a letter, a digit or "/" (every permalink ends in its instant's "Z"); any other item is
 * rendered as it is.
 */
const MEMO_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&()*+,=%[\]]*[A-Za-z0-9/]$/;
const marker = (i: number) => `http://cite-memo.invalid/url${i}x`;
const MARKERS = /http:\/\/cite-memo\.invalid\/url(\d+)x/g;
const memo = new LRUCache<string, string>({ max: 500 });

/** One bibliography entry per item, as plain text, in the style (memoised apart from the URLs). */
export function formatBibliography(items: readonly CslItem[], style: CitationStyle): string {
  const urls = items.map((item) => item.URL);
  if (!urls.every((u) => u === undefined || (typeof u === "string" && MEMO_URL.test(u)))) return renderBibliography(items, style);
  const marked = items.map((item, i) => (item.URL === undefined ? item : { ...item, URL: marker(i) }));
  const key = `${style}\n${JSON.stringify(marked)}`;
  let text = memo.get(key);
  if (text === undefined) {
    text = renderBibliography(marked, style);
    // Each marker printed once, as given, and nothing else looking like one: else no memo.
    const found = [...text.matchAll(MARKERS)].map((m) => Number(m[1])).sort((a, b) => a - b);
    const expected = urls.flatMap((u, i) => (u === undefined ? [] : [i]));
    if (found.join() !== expected.join()) return renderBibliography(items, style);
    memo.set(key, text);
  }
  return text.replace(MARKERS, (_, i: string) => urls[Number(i)] as string);
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
