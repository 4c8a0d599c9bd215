/**
 * The feed entries as an Atom 1.0 document, written by the `feed` package (RFC 4287: ids, dates and
 * escaping are its job). Each entry names the country, the move (from → to), the date stated, the
 * quote, the source and the statement's permalink, and links the dashboard on that date.
 */
import { Feed } from "feed";
import { formatDate } from "../format/format";
import { escapeMarkup } from "../text/escape";
import type { StanceKey } from "../types";
import type { FeedEntry } from "./position-changes";

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";

export type AtomOptions = {
  /** Public origin (scheme and host), e.g. https://tracker.example: Atom ids and links are absolute. */
  origin: string;
  /** This feed's own path and query, e.g. /feed.atom?country=FRA (its id and rel=self link). */
  self: string;
  title: string;
  /** Category labels by key ("Ground troops"). */
  labels: Readonly<Record<StanceKey, string>>;
  /** The feed's `updated`: when the data it shows was last written (RFC 4287 requires one). */
  updated: Date;
};

/** The entry's title: "France: Undecided → Ground troops", "Spain: statement retracted (Naval support)". */
export function entryTitle(e: FeedEntry, labels: AtomOptions["labels"]): string {
  const s = e.statement;
  if (e.kind === "retraction") return `${s.countryName}: statement of ${formatDate(s.statedOn, s.statedOnPrecision)} retracted (${labels[s.stance]})`;
  return `${s.countryName}: ${e.from === null ? "no stated position" : labels[e.from]} → ${labels[s.stance]}`;
}

/** The statement's permalink; a retraction's entry is a fragment of it, so each entry id is unique. */
export function entryId(e: FeedEntry, origin: string): string {
  return `${origin}/statements/${e.statement.id}${e.kind === "retraction" ? "#retracted" : ""}`;
}

function entryHtml(e: FeedEntry, o: AtomOptions): string {
  const s = e.statement;
  const stated = formatDate(s.statedOn, s.statedOnPrecision);
  const dashboard = `${o.origin}/?date=${s.statedOn}&country=${s.countryIso3}`;
  const parts = [
    e.kind === "change"
      ? `<p>${escapeMarkup(s.countryName)} (${s.countryIso3}): from <strong>${escapeMarkup(e.from === null ? "no stated position" : o.labels[e.from])}</strong> to <strong>${escapeMarkup(o.labels[s.stance])}</strong>, stated ${escapeMarkup(stated)}.</p>`
      : `<p>${escapeMarkup(s.countryName)} (${s.countryIso3}): the statement of ${escapeMarkup(stated)} (${escapeMarkup(o.labels[s.stance])}) was retracted${s.changeReason ? `: ${escapeMarkup(s.changeReason)}` : ""}.</p>`,
  ];
  if (s.quote) {
    const lang = s.quoteLanguage ? ` lang="${escapeMarkup(s.quoteLanguage)}"` : "";
    parts.push(`<blockquote${lang}>${escapeMarkup(s.quote)}</blockquote>${s.speaker ? `<p>— ${escapeMarkup(s.speaker)}</p>` : ""}`);
    if (s.quoteTranslation) parts.push(`<p>English translation: ${escapeMarkup(s.quoteTranslation)}</p>`);
  }
  const src = s.source;
  const title = escapeMarkup([src.title, src.publisher, src.publishedOn].filter(Boolean).join(", "));
  // Only http(s) URLs are ever stored (db/sources validation), so the link cannot carry a script.
  parts.push(`<p>Source: ${src.url ? `<a href="${escapeMarkup(src.url)}">${title}</a>` : title}</p>`);
  if (s.commitment) parts.push(`<p>Commitment: ${escapeMarkup(s.commitment)}</p>`);
  parts.push(`<p><a href="${escapeMarkup(dashboard)}">The dashboard on ${escapeMarkup(stated)}</a> · <a href="${o.origin}/statements/${s.id}">The statement and its history</a></p>`);
  return parts.join("\n");
}

/**
 * A category's label as the feed package can write it: it escapes `&` and `"` in attributes but not
 * `<`, which would make the whole document ill-formed, and pre-escaping would be escaped again. The
 * label is optional in Atom (the term carries the key), so a name with `<` goes without one.
 */
const categoryLabel = (name: string): string | undefined => (name.includes("<") ? undefined : name);

/** The Atom document for `entries` (already filtered and ordered). */
export function atomFeed(entries: readonly FeedEntry[], o: AtomOptions): string {
  const feed = new Feed({
    id: `${o.origin}${o.self}`,
    title: o.title,
    link: `${o.origin}/`,
    updated: o.updated,
    generator: false,
    language: "en",
    author: { name: "Coalition Tracker", link: `${o.origin}/` },
    feedLinks: { atom: `${o.origin}${o.self}` },
  });
  for (const e of entries) {
    const s = e.statement;
    // The package writes an entry's title and summary as type="html" (in CDATA): their text is
    // escaped here, so a reader shows it as written and never as markup.
    const title = entryTitle(e, o.labels);
    feed.addItem({
      title: escapeMarkup(title),
      id: entryId(e, o.origin),
      link: `${o.origin}/statements/${s.id}`,
      date: new Date(s.recordedAt),
      description: escapeMarkup(`${title}, stated ${formatDate(s.statedOn, s.statedOnPrecision)}.`),
      content: entryHtml(e, o),
      category: [
        { term: e.kind === "retraction" ? "retraction" : s.stance, name: categoryLabel(e.kind === "retraction" ? "Retraction" : o.labels[s.stance]) },
        { term: s.countryIso3, name: categoryLabel(s.countryName) },
      ],
    });
  }
  return feed.atom1();
}
