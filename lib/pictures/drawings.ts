/**
 * The drawings inside a picture (lib/pictures/picture.ts): the map as SVG paths, the contributions
 * as bars, the coalition over time as stacked steps. Pure: shapes, counts and colours come in.
 */
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { dayNumber } from "../dates";
import type { TimelinePoint, StanceKey } from "../types";
import { escapeMarkup } from "../text/escape";
import { PICTURE_FONT, type PictureBody } from "./picture";
import { NO_PERSONNEL_TEXT } from "./view-text";

export type ShapeFeature = Feature<Polygon | MultiPolygon> & { id?: string | number };
export type ShapeStyle = { fill: string; fillOpacity: number; stroke: string; strokeWidth: number };
export type MapFrame = { zoom: number; lat: number; lng: number };

const MAP_WIDTH = 1120;
const MAP_HEIGHT = 640;

/**
 * The map as the page's Leaflet map frames it: Web Mercator at the view's zoom (a world 256·2^zoom
 * pixels wide), centred on the view's lat/lng, so the picture shows the same part of the world.
 * `styleOf` paints each country (the page's own rule, components/map/map-style.ts); features with
 * no ISO3 id are land with no country of their own.
 */
export function mapBody(features: readonly ShapeFeature[], frame: MapFrame, styleOf: (iso3: string | null) => ShapeStyle): PictureBody {
  const projection = geoMercator()
    .scale((256 * 2 ** frame.zoom) / (2 * Math.PI))
    .center([frame.lng, frame.lat])
    .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
  const path = geoPath(projection);
  const out: string[] = [`<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#eef3f7"/>`];
  // Selected and small countries last, so their outlines are drawn over their neighbours'.
  const painted = features.map((f) => ({ f, iso3: typeof f.id === "string" && /^[A-Z]{3}$/.test(f.id) ? f.id : null }));
  const styled = painted.map((p) => ({ ...p, style: styleOf(p.iso3) })).sort((a, b) => a.style.strokeWidth - b.style.strokeWidth);
  for (const { f, iso3, style } of styled) {
    const d = path(f);
    if (!d) continue;
    out.push(
      `<path d="${d}" fill="${escapeMarkup(style.fill)}" fill-opacity="${style.fillOpacity}" stroke="${escapeMarkup(style.stroke)}" stroke-width="${style.strokeWidth}" stroke-linejoin="round"${iso3 ? ` data-iso3="${iso3}"` : ""}/>`,
    );
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, svg: out.join("") };
}

export type Bar = { label: string; count: number; colour: string };

/** Horizontal bars, one per row, each labelled with its count. */
export function barsBody(bars: readonly Bar[]): PictureBody {
  const width = 1120;
  const rowHeight = 44;
  const labelWidth = 260;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const span = width - labelWidth - 80;
  const out: string[] = [`<rect width="${width}" height="${bars.length * rowHeight + 20}" fill="#ffffff"/>`];
  bars.forEach((b, i) => {
    const y = 10 + i * rowHeight;
    const w = Math.max(2, (b.count / max) * span);
    out.push(
      `<text x="${labelWidth - 12}" y="${y + 27}" font-size="18" text-anchor="end" fill="#1b1f24" font-family="${PICTURE_FONT}">${escapeMarkup(b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowHeight - 14}" rx="3" fill="${escapeMarkup(b.colour)}"/>`,
      `<text x="${(labelWidth + w + 10).toFixed(1)}" y="${y + 27}" font-size="18" font-weight="bold" fill="#1b1f24" font-family="${PICTURE_FONT}">${b.count}</text>`,
    );
  });
  return { width, height: bars.length * rowHeight + 20, svg: out.join("") };
}

/**
 * The coalition over time: the number of countries per category as stacked steps (strongest
 * category at the bottom, the page chart's order), from the first point to `end`, with a line at
 * the view's date.
 */
export function stepsBody(series: readonly TimelinePoint[], order: readonly { key: StanceKey; colour: string }[], end: string, marked: string): PictureBody {
  const width = 1120;
  const height = 420;
  const pad = { left: 50, right: 20, top: 10, bottom: 36 };
  const out: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  if (series.length === 0) {
    out.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="20" fill="#57606a" font-family="${PICTURE_FONT}">No statements yet</text>`);
    return { width, height, svg: out.join("") };
  }
  const first = dayNumber(series[0]!.date);
  const last = Math.max(dayNumber(end), dayNumber(series[series.length - 1]!.date), first + 1);
  const total = (p: TimelinePoint) => order.reduce((a, c) => a + (p.counts[c.key] ?? 0), 0);
  const max = Math.max(1, ...series.map(total));
  const x = (d: number) => pad.left + ((d - first) / (last - first)) * (width - pad.left - pad.right);
  const y = (n: number) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
  // For each category, the band between the counts below it and its own top, as steps.
  const base = series.map(() => 0);
  for (const c of order) {
    const top = series.map((p, i) => base[i]! + (p.counts[c.key] ?? 0));
    const upper: string[] = [];
    const lower: string[] = [];
    series.forEach((p, i) => {
      const x0 = x(dayNumber(p.date));
      const x1 = x(i + 1 < series.length ? dayNumber(series[i + 1]!.date) : last);
      upper.push(`${x0.toFixed(1)},${y(top[i]!).toFixed(1)}`, `${x1.toFixed(1)},${y(top[i]!).toFixed(1)}`);
      lower.unshift(`${x1.toFixed(1)},${y(base[i]!).toFixed(1)}`, `${x0.toFixed(1)},${y(base[i]!).toFixed(1)}`);
    });
    out.push(`<polygon points="${[...upper, ...lower].join(" ")}" fill="${escapeMarkup(c.colour)}" data-category="${c.key}"/>`);
    top.forEach((t, i) => (base[i] = t));
  }
  const axis = `font-size="14" fill="#57606a" font-family="${PICTURE_FONT}"`;
  out.push(
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#8c959f"/>`,
    `<text x="${pad.left - 8}" y="${y(max) + 5}" text-anchor="end" ${axis}>${max}</text>`,
    `<text x="${pad.left - 8}" y="${y(0)}" text-anchor="end" ${axis}>0</text>`,
    `<text x="${pad.left}" y="${height - 12}" ${axis}>${escapeMarkup(series[0]!.date)}</text>`,
    `<text x="${width - pad.right}" y="${height - 12}" text-anchor="end" ${axis}>${escapeMarkup(end)}</text>`,
  );
  const m = dayNumber(marked);
  if (m >= first && m <= last) {
    out.push(
      `<line x1="${x(m).toFixed(1)}" y1="${pad.top}" x2="${x(m).toFixed(1)}" y2="${height - pad.bottom}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="6 4"/>`,
      // The date's label on the line's inner side, so it never runs off the right edge.
      x(m) > width / 2
        ? `<text x="${(x(m) - 6).toFixed(1)}" y="${pad.top + 14}" text-anchor="end" ${axis}>${escapeMarkup(marked)}</text>`
        : `<text x="${(x(m) + 6).toFixed(1)}" y="${pad.top + 14}" ${axis}>${escapeMarkup(marked)}</text>`,
    );
  }
  return { width, height, svg: out.join("") };
}


/**
 * Stated personnel over time (lib/timeline/personnel.ts): the sum of the stated minimums as one
 * step line from the first figure to `end`, with a line at the view's date. With no step it says
 * so in the drawing itself, so an empty picture is never mistaken for a failed one.
 */
export function personnelBody(steps: readonly { from: string; until: string; troops: number }[], end: string, marked: string): PictureBody {
  const width = 1120;
  const height = 420;
  const pad = { left: 80, right: 20, top: 10, bottom: 36 };
  const out: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  const axis = `font-size="14" fill="#57606a" font-family="${PICTURE_FONT}"`;
  if (steps.length === 0) {
    out.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="20" fill="#57606a" font-family="${PICTURE_FONT}" data-empty="">${escapeMarkup(NO_PERSONNEL_TEXT)}</text>`);
    return { width, height, svg: out.join("") };
  }
  const first = dayNumber(steps[0]!.from);
  const last = Math.max(dayNumber(end), dayNumber(steps[steps.length - 1]!.until), first + 1);
  const max = Math.max(1, ...steps.map((s) => s.troops));
  const x = (d: number) => pad.left + ((d - first) / (last - first)) * (width - pad.left - pad.right);
  const y = (n: number) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
  const points: string[] = [];
  steps.forEach((s, i) => {
    const x1 = x(i + 1 < steps.length ? dayNumber(steps[i + 1]!.from) : last);
    points.push(`${x(dayNumber(s.from)).toFixed(1)},${y(s.troops).toFixed(1)}`, `${x1.toFixed(1)},${y(s.troops).toFixed(1)}`);
  });
  const n = (v: number) => v.toLocaleString("en-GB");
  out.push(
    `<polygon points="${[...points, `${x(last).toFixed(1)},${y(0).toFixed(1)}`, `${x(first).toFixed(1)},${y(0).toFixed(1)}`].join(" ")}" fill="#3b6ea8" fill-opacity="0.25"/>`,
    `<polyline points="${points.join(" ")}" fill="none" stroke="#3b6ea8" stroke-width="3" data-series="personnel"/>`,
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#8c959f"/>`,
    `<text x="${pad.left - 8}" y="${y(max) + 5}" text-anchor="end" ${axis}>${n(max)}</text>`,
    `<text x="${pad.left - 8}" y="${y(0)}" text-anchor="end" ${axis}>0</text>`,
    `<text x="${pad.left}" y="${height - 12}" ${axis}>${escapeMarkup(steps[0]!.from)}</text>`,
    `<text x="${width - pad.right}" y="${height - 12}" text-anchor="end" ${axis}>${escapeMarkup(end)}</text>`,
  );
  const m = dayNumber(marked);
  if (m >= first && m <= last) {
    out.push(`<line x1="${x(m).toFixed(1)}" y1="${pad.top}" x2="${x(m).toFixed(1)}" y2="${height - pad.bottom}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="6 4"/>`);
  }
  return { width, height, svg: out.join("") };
}
