/**
 * Where a search's terms occur in a text, folded as the indexes fold it (case, diacritics), as
 * segments to render (`<mark>` around the matches) or as escaped HTML for the JSON API. Matching
 * mirrors the indexes: a term of 3+ characters matches anywhere (trigram: "truppen" in
 * "Bodentruppen"), a shorter one only as a whole word (unicode61).
 */
import { escapeMarkup } from "../text/escape";
import { foldText, isSubstringTerm } from "./query";

export type Segment = { text: string; mark: boolean };

type Folded = { text: string; start: number[]; end: number[] };

/** The folded text, with each folded UTF-16 unit's source range in the original. */
function fold(original: string): Folded {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldText(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += f;
    i += ch.length;
  }
  return { text, start, end };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !WORD_CHAR.test(text[at - 1]!) || !WORD_CHAR.test(text[at]!);
}

/** [start, end) ranges of `text` (UTF-16 offsets) matched by any term, sorted and merged. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const f = fold(text);
  const found: [number, number][] = [];
  for (const term of terms) {
    const t = foldText(term);
    if (t === "") continue;
    const whole = !isSubstringTerm(term);
    for (let at = f.text.indexOf(t); at !== -1; at = f.text.indexOf(t, at + 1)) {
      const stop = at + t.length;
      if (whole && !(isWordEdge(f.text, at) && isWordEdge(f.text, stop))) continue;
      found.push([f.start[at]!, f.end[stop - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and marked segments (one plain segment when nothing matches). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of matchRanges(text, terms)) {
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** Escaped HTML with `<mark>` around the matches: safe to insert as HTML, whatever the text holds. */
export function highlightHtml(text: string, terms: readonly string[]): string {
  return highlightSegments(text, terms)
    .map((s) => (s.mark ? `<mark>${escapeMarkup(s.text)}</mark>` : escapeMarkup(s.text)))
    .join("");
}
