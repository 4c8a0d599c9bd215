/**
 * Which view a citation is of, from a page path and its query: the one resolution that the pages'
 * Cite control and GET /api/v1/citation share, so the text on the page and the download agree.
 * Each page's parameters are read with the page's own parser and written back canonically, with
 * the defaults that depend on the day (the date) made explicit: a frozen link must not drift when
 * "today" moves on.
 */
import "server-only";
import { getDb } from "@/db/client";
import { readGroup } from "@/db/events";
import { getCountry, listCategories } from "@/db/reference";
import { getStatementsAt } from "@/db/statements";
import { type CitedFilters, type CitedView, type CslItem, PUBLISHER, permalink, viewCslItem, viewTitle } from "@/lib/cite/view-citation";
import { parseInstant, todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format/format";
import { publicOrigin } from "@/lib/http/public-origin";
import { readViewParams, serializeViewParams } from "@/lib/url/search-params";
import type { CiteData } from "@/components/cite/cite-data";
import { formatBibliography } from "./render";
import { resolveCompareView } from "../compare-view";

type RawParams = Record<string, string | string[] | undefined>;

export type CitedViewResult = { ok: true; view: CitedView } | { ok: false; status: 400 | 404; error: string };

const NO_FILTERS = (date: string): CitedFilters => ({ date, official: false, commitment: null, assume: null, groupLabel: null, stanceLabels: null, countryName: null });

function dashboardView(raw: RawParams): CitedView {
  const db = getDb();
  const { params } = readViewParams(raw);
  const date = params.date ?? todayIso();
  const group = params.group === null ? null : readGroup(db, params.group);
  const country = params.country === null ? null : getCountry(db, params.country);
  const labels = new Map<string, string>(listCategories(db).map((c) => [c.key, c.label]));
  labels.set("none", "no stated position");
  // Malformed or unknown values are dropped, as the page drops them; known is set by the citation.
  const query = new URLSearchParams(
    serializeViewParams({ ...params, date, known: null, official: params.official || null, group: group?.key ?? null, country: country?.iso3 ?? null }),
  );
  const filters: CitedFilters = {
    date,
    official: params.official === true,
    commitment: params.commitment,
    assume: params.assume,
    groupLabel: group?.label ?? null,
    stanceLabels: params.stances?.map((k) => labels.get(k) ?? k) ?? null,
    countryName: country?.name ?? null,
  };
  return { page: { kind: "dashboard" }, filters, path: "/", query };
}

function compareView(raw: RawParams): CitedView {
  // The compare screen's own view (app/_lib/compare-view.ts): its default dates, its group and stale.
  const v = resolveCompareView(getDb(), raw);
  return {
    page: { kind: "compare", dateA: v.dateA, dateB: v.dateB },
    filters: { ...NO_FILTERS(v.dateB), groupLabel: v.group?.label ?? null },
    path: "/compare",
    query: new URLSearchParams({ date: v.dateA, compare: v.dateB, ...v.viewParams }),
  };
}

/**
 * The cited view of `path` (`/`, `/compare`, `/countries/ISO3`, `/statements/ID`) with its raw
 * query; a path that is none of these is a 400, a country or statement that does not exist a 404.
 */
export function citedViewOf(path: string, raw: RawParams): CitedViewResult {
  if (path === "/") return { ok: true, view: dashboardView(raw) };
  if (path === "/compare") return { ok: true, view: compareView(raw) };
  const country = /^\/countries\/([A-Za-z]{3})$/.exec(path);
  if (country) {
    const c = getCountry(getDb(), country[1]!.toUpperCase());
    if (!c) return { ok: false, status: 404, error: `page: no country has the code '${country[1]}'` };
    return { ok: true, view: { page: { kind: "country", iso3: c.iso3, name: c.name }, filters: NO_FILTERS(todayIso()), path: `/countries/${c.iso3}`, query: new URLSearchParams() } };
  }
  const statement = /^\/statements\/([1-9]\d{0,15})$/.exec(path);
  if (statement) {
    const id = Number(statement[1]);
    // As the frozen page shows it: the version current at the citation's `known` (its country, its
    // date), and a 404 for a statement not recorded yet then, as the page answers.
    const known = givenKnown(raw);
    const s = getStatementsAt(getDb(), [id], known).get(id);
    if (!s) return { ok: false, status: 404, error: `page: no statement has the id ${id}${known === null ? "" : ` as known at ${new Date(known).toISOString()}`}` };
    const label = `${s.countryName}, ${formatDate(s.statedOn, s.statedOnPrecision)}`;
    return { ok: true, view: { page: { kind: "statement", id, label }, filters: { ...NO_FILTERS(s.statedOn), countryName: null }, path: `/statements/${id}`, query: new URLSearchParams() } };
  }
  return { ok: false, status: 400, error: `page: expected /, /compare, /countries/ISO3 or /statements/ID, got '${path.length > 60 ? `${path.slice(0, 60)}…` : path}'` };
}

/** The bundle's query for a view: the sources behind what it shows (GET /api/v1/citations). */
function bundleQuery(view: CitedView, knownIso: string): URLSearchParams {
  const q = new URLSearchParams();
  const { page, filters } = view;
  if (page.kind === "dashboard") {
    for (const k of ["date", "official", "commitment", "assume", "group"]) {
      const v = view.query.get(k);
      if (v !== null) q.set(k, v);
    }
  } else if (page.kind === "compare") q.set("date", page.dateB);
  else if (page.kind === "country") {
    q.set("date", filters.date);
    q.set("country", page.iso3);
  } else {
    q.set("date", filters.date);
    q.set("statement", String(page.id));
  }
  q.set("known", knownIso);
  return q;
}

/** Everything the Cite control shows and links, for a view frozen at `knownIso`, accessed today. */
export function citeData(view: CitedView, origin: string, knownIso: string): CiteData {
  const accessed = todayIso();
  const item: CslItem = viewCslItem(view, origin, knownIso, accessed);
  const link = permalink(origin, view, knownIso);
  const citation = new URLSearchParams(view.query);
  citation.delete("known");
  citation.set("page", view.path);
  citation.set("known", knownIso);
  const withFormat = (format: string) => `/api/v1/citation?${citation.toString()}&format=${format}`;
  const bundle = bundleQuery(view, knownIso);
  return {
    title: viewTitle(view),
    publisher: PUBLISHER,
    permalink: link,
    known: knownIso,
    accessed,
    apa: formatBibliography([item], "apa"),
    chicago: formatBibliography([item], "chicago"),
    bibtexHref: withFormat("bibtex"),
    cslHref: withFormat("csl"),
    bundleCsvHref: `/api/v1/citations?${bundle.toString()}&format=csv`,
    bundleBibtexHref: `/api/v1/citations?${bundle.toString()}&format=bibtex`,
  };
}

/** The view's CSL-JSON item (for the downloads). */
export function citedItem(view: CitedView, origin: string, knownIso: string): CslItem {
  return viewCslItem(view, origin, knownIso, todayIso());
}

/** The view's own `known` instant (ms), or null when it has none (or an unreadable one). */
function givenKnown(raw: RawParams): number | null {
  const v = raw.known;
  return typeof v === "string" ? parseInstant(v) : Array.isArray(v) && v[0] ? parseInstant(v[0]) : null;
}

/** The instant a page's citation freezes: the view's own `known` when it has one, else now. */
export function freezeInstant(raw: RawParams): string {
  return new Date(givenKnown(raw) ?? Date.now()).toISOString();
}

/** The public origin for absolute links (SITE_URL, else the Host as scripts/serve.ts has made it trustworthy). */
export function originOf(headers: { get(name: string): string | null }): string {
  return publicOrigin({ siteUrl: process.env.SITE_URL, host: headers.get("host"), proto: headers.get("x-forwarded-proto") }) ?? "http://localhost";
}

/** The Cite control's data for a page as requested (its path and raw search params), or null if it names no view. */
export function pageCiteData(path: string, raw: RawParams, headers: { get(name: string): string | null }): CiteData | null {
  const resolved = citedViewOf(path, raw);
  return resolved.ok ? citeData(resolved.view, originOf(headers), freezeInstant(raw)) : null;
}
