/**
 * The `<iframe>` code that embeds a view of the dashboard on another site (the dashboard's "Embed"
 * control): the embed's URL carries the same view parameters as the dashboard's, so the framed map
 * or chart shows what the reader sees. Pure, so the control and its tests build the same string.
 */
import { EMBED_PATHS } from "../http/security-headers";
import { escapeMarkup } from "../text/escape";
import { serializeViewParams, type ViewParams } from "./search-params";

export const EMBED_KINDS = ["map", "coalition", "contributions"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

type EmbedTarget = { path: (typeof EMBED_PATHS)[number]; label: string; title: string; height: number };

/** Each embed's path, the control's label, the frame's accessible title and a height that fits it. */
export const EMBED_TARGETS: Record<EmbedKind, EmbedTarget> = {
  map: { path: "/embed/map", label: "Map", title: "Coalition Tracker: map of stated positions", height: 560 },
  coalition: { path: "/embed/chart/coalition", label: "Coalition chart", title: "Coalition Tracker: the coalition over time", height: 620 },
  contributions: { path: "/embed/chart/contributions", label: "Contributions chart", title: "Coalition Tracker: contributions offered", height: 520 },
};

/**
 * The parameters an embed takes from the dashboard's view: the date always written out (so the
 * embed means the same tomorrow), never the dashboard's own layout (table view, sort, text filter,
 * open panel); the map also keeps its legend filter, map view and fading.
 */
export function embedParams(kind: EmbedKind, params: ViewParams & { date: string }): ViewParams {
  const base: ViewParams = { ...params, official: params.official || null, view: "map", sort: null, q: null, country: null };
  return kind === "map" ? base : { ...base, stances: null, zoom: null, lat: null, lng: null, stale: null };
}

/** The embed's absolute URL on `origin` (e.g. "https://tracker.example.org"). */
export function embedUrl(origin: string, kind: EmbedKind, params: ViewParams & { date: string }): string {
  return serializeViewParams(`${origin.replace(/\/+$/, "")}${EMBED_TARGETS[kind].path}`, embedParams(kind, params));
}

/** The HTML to paste into another site's page. */
export function iframeCode(origin: string, kind: EmbedKind, params: ViewParams & { date: string }): string {
  const target = EMBED_TARGETS[kind];
  return `<iframe src="${escapeMarkup(embedUrl(origin, kind, params))}" title="${escapeMarkup(target.title)}" width="100%" height="${target.height}" style="border:0" loading="lazy"></iframe>`;
}
