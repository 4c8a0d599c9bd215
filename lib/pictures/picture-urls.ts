/**
 * Where a picture of the dashboard's view is downloaded (app/pictures/): the same parameters as
 * the page, only those the picture draws, so a link names the view on screen and nothing more.
 */
import { serializeViewParams, type ViewParams } from "../url/search-params";
import type { PictureKind } from "./view-text";

export type PictureFormat = "svg" | "png";

const PATHS: Record<PictureKind, string> = { map: "/pictures/map", coalition: "/pictures/chart/coalition", contributions: "/pictures/chart/contributions", personnel: "/pictures/chart/personnel" };

/** The picture's URL (path and query) for the view `p`; the map keeps its frame, filter, panel and fading. */
export function pictureHref(kind: PictureKind, format: PictureFormat, p: Partial<ViewParams>): string {
  const common = { date: p.date ?? null, known: p.known ?? null, official: p.official || null, commitment: p.commitment ?? null, assume: p.assume ?? null, group: p.group ?? null };
  const map = { stances: p.stances ?? null, stale: p.stale ?? null, zoom: p.zoom ?? null, lat: p.lat ?? null, lng: p.lng ?? null, country: p.country ?? null };
  return serializeViewParams(`${PATHS[kind]}.${format}`, kind === "map" ? { ...common, ...map } : common);
}
