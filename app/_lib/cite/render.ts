/**
 * Citations rendered with citation-js (CSL through citeproc-js, BibTeX), on the server only: the
 * library stays out of the browser bundle, the Cite control gets finished text. APA is plugin-csl's
 * own template; Chicago author-date is registered from chicago-style.ts.
 */
import "server-only";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import type { CslItem } from "@/lib/cite/view-citation";
import { CHICAGO_STYLE, chicagoStyle } from "./chicago-style";

export type CitationStyle = "apa" | "chicago";

function registerChicago(): void {
  const styles = plugins.config.get("@csl").styles;
  if (!styles.has(CHICAGO_STYLE)) styles.add(CHICAGO_STYLE, chicagoStyle());
}

/** One bibliography entry per item, as plain text, in the style. */
export function formatBibliography(items: readonly CslItem[], style: CitationStyle): string {
  if (style === "chicago") registerChicago();
  const template = style === "chicago" ? CHICAGO_STYLE : "apa";
  return new Cite(items).format("bibliography", { format: "text", template, lang: "en-US" }).trim();
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
