import "server-only";
import type { NextRequest } from "next/server";
import { Resvg } from "@resvg/resvg-js";
import { getDb } from "@/db/client";
import { cachedRead } from "@/db/read-cache";
import { readPictureView, pictureContributions, picturePersonnel, pictureSeries, type PictureView } from "@/db/pictures/picture-view";
import { jsonError, handle } from "@/app/api/v1/_lib/respond";
import { todayIso } from "@/lib/dates";
import { PUBLIC_VIEW_VARY, publicViewCacheControl } from "@/lib/http/cache-control";
import { publicOrigin } from "@/lib/http/public-origin";
import { claimViewOf, readViewParams, serializeViewParams, DEFAULT_MAP_VIEW, type ViewParams } from "@/lib/url/search-params";
import { composePicture, type PictureBody } from "@/lib/pictures/picture";
import { barsBody, mapBody, personnelBody, stepsBody } from "@/lib/pictures/drawings";
import { dateLine, PICTURE_TITLES, personnelLegend, personnelNotes, stanceLegend, viewAssumptions, viewNotes, NO_POSITION_LABEL, type PictureKind } from "@/lib/pictures/view-text";
import { countryStyle, NO_POSITION_FILL, UNASSIGNED_STYLE } from "@/components/map/map-style";
import type { StanceKey } from "@/lib/types";
import { countryShapes } from "./geo";

export type PictureFormat = "svg" | "png";
const CONTRIBUTION_COLOUR = "#3b6ea8";

/** `map.svg` → ["map", "svg"]; null for any other file name. */
export function parsePictureFile(file: string, kinds: readonly PictureKind[]): { kind: PictureKind; format: PictureFormat } | null {
  const m = /^([a-z]+)\.(svg|png)$/.exec(file);
  if (!m || !(kinds as readonly string[]).includes(m[1]!)) return null;
  return { kind: m[1] as PictureKind, format: m[2] as PictureFormat };
}

function drawing(
  kind: PictureKind,
  view: PictureView,
  params: ViewParams,
  date: string,
  series: () => ReturnType<typeof pictureSeries>,
  personnel: () => ReturnType<typeof picturePersonnel>,
): PictureBody {
  const colours = Object.fromEntries(view.categories.map((c) => [c.key, c.colour])) as Record<StanceKey, string>;
  if (kind === "map") {
    const stanceOf = new Map(view.asOf.map((r) => [r.countryIso3, r.stance]));
    const known = new Set(view.countries.map((c) => c.iso3));
    const filter = params.stances ? new Set<string>(params.stances) : null;
    const frame = { zoom: params.zoom ?? DEFAULT_MAP_VIEW.zoom, lat: params.lat ?? DEFAULT_MAP_VIEW.lat, lng: params.lng ?? DEFAULT_MAP_VIEW.lng };
    return mapBody(countryShapes(), frame, (iso3) => {
      if (iso3 === null || !known.has(iso3)) {
        return { fill: UNASSIGNED_STYLE.fillColor!, fillOpacity: 1, stroke: "#ffffff", strokeWidth: 0.8 };
      }
      const stance = stanceOf.get(iso3) ?? null;
      // The page's own paint rule: the legend filter dims, stale= fades, the open panel's country is outlined.
      const s = countryStyle(
        { stance, statementId: null, dimmed: filter !== null && !filter.has(stance ?? "none"), selected: params.country === iso3, faded: view.faded.has(iso3), small: false },
        colours,
        false,
      );
      return { fill: s.fillColor!, fillOpacity: s.fillOpacity ?? 1, stroke: s.color!, strokeWidth: s.weight ?? 0.8 };
    });
  }
  if (kind === "contributions") {
    return barsBody(pictureContributions(view).map((c) => ({ label: c.label, count: c.count, colour: CONTRIBUTION_COLOUR })));
  }
  if (kind === "personnel") return personnelBody(personnel(), todayIso() > date ? todayIso() : date, date);
  const strongestFirst = [...view.categories].sort((a, b) => a.rank - b.rank);
  return stepsBody(series(), strongestFirst, todayIso() > date ? todayIso() : date, date);
}

/**
 * GET /pictures/<kind>.<svg|png>?<the dashboard's parameters>: the picture of that view. Every
 * parameter is checked as the page reads it; where the page would ignore a bad one with a notice,
 * a picture refuses it (400 naming it), since a download must not silently show another view.
 */
export function pictureResponse(request: NextRequest, kind: PictureKind, format: PictureFormat): Response {
  const { params, notices } = readViewParams(Object.fromEntries(request.nextUrl.searchParams));
  if (notices.length > 0) return jsonError(400, notices.join(" "));
  return handle(() => {
    const db = getDb();
    const date = params.date ?? todayIso();
    const claims = claimViewOf(params);
    const q = { date, known: params.known, claims, group: params.group, stale: params.stale };
    const view = readPictureView(db, q);
    if (view === null) return jsonError(400, `Ignored group="${params.group}": no event has that slug.`);
    if (params.country !== null && !view.countries.some((c) => c.iso3 === params.country)) {
      return jsonError(400, `country="${params.country}": no country has that code.`);
    }
    const origin = publicOrigin({ siteUrl: process.env.SITE_URL, host: request.headers.get("host"), proto: request.headers.get("x-forwarded-proto") }) ?? "";
    // The permalink always writes the date out, so the picture's link means the same tomorrow.
    const permalink = serializeViewParams(`${origin}/`, { ...params, date, official: params.official || null });
    const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
    const labels = new Map<string, string>([...view.categories.map((c) => [c.key, c.label] as const), ["none", NO_POSITION_LABEL]]);
    const settings = { claims, group: view.group, stale: view.stale, stances: params.stances };
    const stated = view.asOf.length;
    const end = todayIso() > date ? todayIso() : date;
    const svg = () => {
      const steps = kind === "personnel" ? picturePersonnel(db, q, end) : [];
      return composePicture({
        title: PICTURE_TITLES[kind],
        dateLine: dateLine(date, params.known),
        body: drawing(kind, view, params, date, () => pictureSeries(db, q, end), () => steps),
        legend:
          kind === "contributions"
            ? pictureContributions(view).map((c) => ({ label: c.label, colour: CONTRIBUTION_COLOUR, count: c.count }))
            : kind === "personnel"
              ? personnelLegend(steps, date, CONTRIBUTION_COLOUR)
              : stanceLegend(view.categories, view.counts, view.none, NO_POSITION_FILL),
        notes: [...(kind === "personnel" ? personnelNotes(steps) : []), ...viewNotes(kind, settings, stated, view.faded.size)],
        assumptions: viewAssumptions(kind, settings, (k) => labels.get(k) ?? k, view.moved.map((iso3) => names.get(iso3) ?? iso3)),
        permalink,
      });
    };
    const key = `picture:${kind}.${format}:${permalink}`;
    // PNGs are kept base64-encoded: the read cache holds strings (and is dropped on every write).
    const { body } = cachedRead(db, key, () =>
      format === "svg" ? svg() : new Resvg(svg(), { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng().toString("base64"),
    );
    // The ETag (and the 304) is the dataset revision's, stamped by the front (scripts/serve.ts) as
    // for every public view: any write gives a new one.
    const headers: Record<string, string> = {
      // `immutable` when frozen at a past `known`, as every public view (lib/http/cache-control.ts).
      "cache-control": publicViewCacheControl(request.headers, params.known),
      vary: PUBLIC_VIEW_VARY.join(", "),
      "content-disposition": `inline; filename="coalition-${kind}-${date}.${format}"`,
    };
    return format === "svg"
      ? new Response(body, { headers: { ...headers, "content-type": "image/svg+xml; charset=utf-8" } })
      : new Response(new Uint8Array(Buffer.from(body, "base64")), { headers: { ...headers, "content-type": "image/png" } });
  });
}
