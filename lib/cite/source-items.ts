/**
 * The citation bundle's rows (GET /api/v1/citations): each source behind a view as a CSV row
 * and as a CSL-JSON item (for BibTeX and CSL-JSON through citation-js). Pure.
 */
import type { Source } from "../types";
import { cslDate, type CslItem } from "./view-citation";

/** A source and the deciding statements citing it (db/sources' CitedSource). */
export type BundleSource = Source & { citedBy: readonly { statementId: number; countryIso3: string; role: "primary" | "corroborating" }[] };

/** The CSV's columns, in order (described in the OpenAPI document and the README). */
export const BUNDLE_CSV_COLUMNS = [
  "source_id",
  "title",
  "publisher",
  "url",
  "published_on",
  "language",
  "retrieved_on",
  "archived_url",
  "countries",
  "statement_ids",
  "roles",
] as const;

/** What each column holds. */
export const BUNDLE_CSV_DESCRIPTION: Record<(typeof BUNDLE_CSV_COLUMNS)[number], string> = {
  source_id: "the tracker's id of the source (/sources/{id})",
  title: "the source's title",
  publisher: "its publisher",
  url: "its address",
  published_on: "its publication date, YYYY-MM-DD",
  language: "its language (BCP 47)",
  retrieved_on: "when the tracker's editors retrieved it, YYYY-MM-DD",
  archived_url: "an archived copy's address",
  countries: "the ISO3 codes of the countries whose deciding statements cite it, `;`-separated",
  statement_ids: "those statements' ids (/statements/{id}), `;`-separated, in the same order",
  roles: "for each of those statements, primary or corroborating, `;`-separated, in the same order",
};

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** One CSV row per source (empty values as empty cells). */
export function bundleCsvRows(sources: readonly BundleSource[]): Record<(typeof BUNDLE_CSV_COLUMNS)[number], string | null>[] {
  return sources.map((s) => ({
    source_id: String(s.id),
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    published_on: s.publishedOn,
    language: s.language,
    retrieved_on: s.retrievedOn,
    archived_url: s.archivedUrl,
    countries: unique(s.citedBy.map((c) => c.countryIso3)).join(";"),
    statement_ids: s.citedBy.map((c) => String(c.statementId)).join(";"),
    roles: s.citedBy.map((c) => c.role).join(";"),
  }));
}

/** A source as a CSL-JSON item: a news article when it has a publisher, else a web page. */
export function sourceCslItem(s: Source): CslItem {
  const item: CslItem = { id: `source-${s.id}`, "citation-key": `trackersource${s.id}`, type: s.publisher ? "article-newspaper" : "webpage", title: s.title };
  if (s.publisher) {
    item.publisher = s.publisher;
    item["container-title"] = s.publisher;
  }
  if (s.url) item.URL = s.url;
  if (s.publishedOn) item.issued = cslDate(s.publishedOn);
  if (s.retrievedOn) item.accessed = cslDate(s.retrievedOn);
  if (s.language) item.language = s.language;
  if (s.archivedUrl) item.archive_location = s.archivedUrl;
  return item;
}
