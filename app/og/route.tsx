import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import type { ReactElement } from "react";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { listCategories } from "@/db/reference";
import { getStatement, getStatementsAt, type StatementDto } from "@/db/statements";
import { readPictureView } from "@/db/pictures/picture-view";
import { readComparison } from "@/app/_lib/read-comparison";
import { resolveCompareView } from "@/app/_lib/compare-view";
import { CONDITION_LABELS } from "@/lib/format/claim-labels";
import { todayIso } from "@/lib/dates";
import { PUBLIC_VIEW_VARY, publicViewCacheControl } from "@/lib/http/cache-control";
import { formatDate, formatLongDate, isEnglish, languageName } from "@/lib/format/format";
import { formatInstant } from "@/lib/format/known-label";
import { isCompareView } from "@/lib/compare/compare-params";
import { claimViewOf, readViewParams } from "@/lib/url/search-params";
import { ComparePreview, DashboardPreview, OG_HEIGHT, OG_WIDTH, PositionPreview, type OgCategory } from "@/components/og/og-previews";
import type { StanceCategory } from "@/lib/types";

const KICKER = "Coalition Tracker · multinational force for Ukraine";
const first = (v: string | null) => (v === null || v === "" ? undefined : v);

function knownText(known: number | null): string {
  return known === null ? "" : ` · data as known at ${formatInstant(known)}`;
}

function categoryOf(categories: readonly StanceCategory[], key: string | null): OgCategory | null {
  const c = key === null ? undefined : categories.find((x) => x.key === key);
  return c ? { key: c.key, label: c.label, colour: c.colour } : null;
}

/** A statement's position as the preview shows it: category, date stated, quote in its language, translation, source. */
function positionProps(s: StatementDto | null, categories: readonly StanceCategory[], stance: string | null) {
  const language = s?.quote && !isEnglish(s.quoteLanguage) ? languageName(s.quoteLanguage) : null;
  return {
    category: categoryOf(categories, stance),
    stated: s ? `stated ${formatDate(s.statedOn, s.statedOnPrecision)}${s.speaker ? ` by ${s.speaker}` : ""}` : null,
    quote: s?.quote ?? null,
    quoteLanguage: language,
    translation: s?.quoteTranslation ? `${s.quoteTranslation}${s.translationBy === "machine" ? " (machine translation)" : ""}` : null,
    source: s?.source ? [s.source.title, s.source.publisher].filter(Boolean).join(", ") : null,
  };
}

/** `?statement=ID`: that statement (the version visible at `known`), or null when there is none. */
function statementPreview(id: string, known: number | null): ReactElement | null {
  if (!/^[1-9]\d{0,15}$/.test(id)) return null;
  const db = getDb();
  let s: StatementDto | undefined;
  try {
    s = known === null ? getStatement(db, Number(id)).current : getStatementsAt(db, [Number(id)], known).get(Number(id));
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
  if (!s) return null;
  const categories = listCategories(db);
  return (
    <PositionPreview
      kicker={`${KICKER} · statement #${s.id}`}
      title={s.countryName}
      subtitle={`${s.status === "retracted" ? "retracted statement" : "statement"}${knownText(known)}`}
      {...positionProps(s, categories, s.stance)}
    />
  );
}

/** `?view=compare&from=A&to=B` (or the compare screen's `date=A&compare=B`): who moved between the dates. */
function comparePreview(sp: URLSearchParams): ReactElement {
  const db = getDb();
  // The compare screen's view, read as the page reads it (its defaults, known, group and stale).
  const raw: Record<string, string | undefined> = {
    date: first(sp.get("from")) ?? first(sp.get("date")),
    compare: first(sp.get("to")) ?? first(sp.get("compare")),
    known: first(sp.get("known")),
    group: first(sp.get("group")),
    stale: first(sp.get("stale")),
  };
  const { dateA: a, dateB: b, known, group, stale } = resolveCompareView(db, raw);
  const c = readComparison(db, a, b, known, group, stale);
  const moves = c.moves
    .map((m) => ({ name: c.names.get(m.countryIso3) ?? m.countryIso3, from: categoryOf(c.categories, m.from), to: categoryOf(c.categories, m.to) }))
    .sort((x, y) => x.name.localeCompare(y.name, "en"));
  return (
    <ComparePreview
      kicker={KICKER}
      title={`Who moved: ${formatDate(a)} → ${formatDate(b)}`}
      subtitle={`${moves.length} ${moves.length === 1 ? "country changed" : "countries changed"} position${knownText(known)}`}
      moves={moves}
    />
  );
}

/** The dashboard's view (claim filters, scenario, group, stale), or one country's position in it (`country=`). */
function dashboardPreview(sp: URLSearchParams): ReactElement {
  const { params } = readViewParams(Object.fromEntries(sp));
  const db = getDb();
  const date = params.date ?? todayIso();
  const claims = claimViewOf(params);
  // A summit no event has falls back to every country, as on the page.
  const view =
    readPictureView(db, { date, known: params.known, claims, group: params.group, stale: params.stale }) ??
    readPictureView(db, { date, known: params.known, claims, group: null, stale: params.stale })!;
  const scenario = [
    claims.official ? "official positions only" : null,
    claims.commitment ? `${claims.commitment} or firmer` : null,
    claims.assume ? `scenario: no ${CONDITION_LABELS[claims.assume]}` : null,
  ].filter(Boolean);
  const country = params.country === null ? undefined : view.countries.find((c) => c.iso3 === params.country);
  if (country) {
    const row = view.asOf.find((r) => r.countryIso3 === country.iso3) ?? null;
    return (
      <PositionPreview
        kicker={KICKER}
        title={country.name}
        subtitle={`as of ${formatLongDate(date)}${view.group ? ` · ${view.group.label}` : ""}${scenario.length > 0 ? ` · ${scenario.join(" · ")}` : ""}${row && view.faded.has(row.countryIso3) ? ` · stated more than ${view.stale} days before` : ""}${knownText(params.known)}`}
        {...positionProps(row, view.categories, row?.stance ?? null)}
      />
    );
  }
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const rank = new Map(view.categories.map((c) => [c.key, c.rank]));
  const tiles = view.asOf
    .map((r) => ({ iso3: r.countryIso3, name: names.get(r.countryIso3) ?? r.countryName, stance: r.stance, faded: view.faded.has(r.countryIso3) }))
    .sort((x, y) => (rank.get(x.stance) ?? 0) - (rank.get(y.stance) ?? 0) || x.name.localeCompare(y.name, "en"));
  const stated = view.asOf.length;
  const lead = view.group ? `${stated} of ${view.group.size} ${view.group.label} have a stated position` : `${stated} ${stated === 1 ? "country" : "countries"} with a stated position`;
  const faded = view.stale === false || view.faded.size === 0 ? null : `${view.faded.size} faded (over ${view.stale} days old)`;
  return (
    <DashboardPreview
      kicker={KICKER}
      title={`The coalition as of ${formatLongDate(date)}`}
      subtitle={[lead, ...scenario, ...(faded ? [faded] : [])].join(" · ") + knownText(params.known)}
      categories={view.categories.map(({ key, label, colour }) => ({ key, label, colour }))}
      counts={view.counts}
      tiles={tiles}
    />
  );
}

/**
 * GET /og: the link preview image (1200×630).
 *   ?date=&known=&official=&commitment=&assume=&group=&stale=   the dashboard's view: countries per
 *       category as bars, each country with a position as a tile with its name (faded ones outlined)
 *   …&country=ISO3     that country's position in the view, with its quote and translation
 *   ?view=compare&from=&to=[&known=]   who moved between two dates (the compare screen's date=&compare= too)
 *   ?statement=ID[&known=]   one statement (the statement page's preview)
 * Malformed parameters fall back to their defaults, as on the page: a preview never fails a share.
 */
export function GET(request: NextRequest) {
  const sp = request.nextUrl.searchParams;
  const statement = first(sp.get("statement"));
  const known = readViewParams({ known: first(sp.get("known")) }).params.known;
  const element =
    (statement !== undefined ? statementPreview(statement, known) : null) ??
    (isCompareView(Object.fromEntries(sp)) ? comparePreview(sp) : dashboardPreview(sp));
  return new ImageResponse(element, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    // As every public view (lib/http/cache-control.ts): `immutable` when frozen at a past `known`.
    headers: { "Cache-Control": publicViewCacheControl(request.headers, known), Vary: PUBLIC_VIEW_VARY.join(", ") },
  });
}
