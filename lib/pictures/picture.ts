/**
 * A downloadable picture (the map or a chart, /pictures/…): one SVG document that carries, around
 * the drawing itself, everything a reader needs to cite it on its own: a title, the date (and the
 * instant the data was known at, when frozen), the legend with its counts, the assumptions in force
 * and a source line with the view's permalink. Pure: the route hands in the drawing and the
 * numbers, all read through the same view rule the page uses, so the picture cannot disagree with
 * the page. The PNG is this SVG rasterised (app/pictures/_lib/respond.ts).
 */
import { escapeMarkup } from "../text/escape";

export const PICTURE_WIDTH = 1200;
/** resvg loads system fonts; DejaVu and Liberation ship with Debian (and with Chromium's packages). */
export const PICTURE_FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const MARGIN = 40;
const INK = "#1b1f24";
const MUTED = "#57606a";

export type LegendEntry = { label: string; colour: string; count: number };

/** A drawing in its own coordinate space (0..width, 0..height), placed under the title. */
export type PictureBody = { width: number; height: number; svg: string };

export type PictureSpec = {
  title: string;
  /** "as of 1 December 2026" and, when frozen, "data as known at 2026-11-30 12:00 UTC". */
  dateLine: string;
  body: PictureBody;
  legend: LegendEntry[];
  /** Lines under the legend ("12 of 32 NATO members have a stated position", "3 faded …"). */
  notes: string[];
  /** The filters, scenario and thresholds in force, in words; empty means none. */
  assumptions: string[];
  /** The absolute link to the view the picture shows. */
  permalink: string;
};

/**
 * Breaks text into lines of at most about `maxWidth` pixels at `fontSize`, by words, from an average
 * glyph width (no font metrics on the server; generous, so a line never overflows the picture).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(maxWidth / (fontSize * 0.6)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (next.length > perLine && line !== "") {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function text(x: number, y: number, content: string, size: number, { fill = INK, weight = "normal" }: { fill?: string; weight?: string } = {}): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(content)}</text>`;
}

/** The legend's line for an entry: what the page's legend says ("Ground troops: 12"). */
export function legendText(e: LegendEntry): string {
  return `${e.label}: ${e.count}`;
}

/** The whole picture as an SVG document (UTF-8 text). */
export function composePicture(spec: PictureSpec): string {
  const inner = PICTURE_WIDTH - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN + 26;
  for (const line of wrapText(spec.title, inner, 28)) {
    parts.push(text(MARGIN, y, line, 28, { weight: "bold" }));
    y += 34;
  }
  parts.push(text(MARGIN, y, spec.dateLine, 18, { fill: MUTED }));
  y += 18;
  // The drawing, scaled to the picture's inner width.
  const scale = inner / spec.body.width;
  const bodyHeight = Math.round(spec.body.height * scale);
  parts.push(
    `<svg x="${MARGIN}" y="${y}" width="${inner}" height="${bodyHeight}" viewBox="0 0 ${spec.body.width} ${spec.body.height}" overflow="hidden">${spec.body.svg}</svg>`,
    `<rect x="${MARGIN}" y="${y}" width="${inner}" height="${bodyHeight}" fill="none" stroke="#d0d7de"/>`,
  );
  y += bodyHeight + 30;
  // The legend: three columns of swatch + "label: count".
  const columns = 3;
  const columnWidth = inner / columns;
  parts.push(`<g data-legend="">`);
  spec.legend.forEach((e, i) => {
    const x = MARGIN + (i % columns) * columnWidth;
    const rowY = y + Math.floor(i / columns) * 26;
    parts.push(
      `<rect x="${x}" y="${rowY - 14}" width="18" height="18" rx="3" fill="${escapeMarkup(e.colour)}" stroke="#8c959f" stroke-width="0.5"/>`,
      text(x + 26, rowY, legendText(e), 17),
    );
  });
  parts.push(`</g>`);
  y += Math.ceil(spec.legend.length / columns) * 26 + 8;
  for (const note of spec.notes) {
    for (const line of wrapText(note, inner, 16)) {
      parts.push(text(MARGIN, y, line, 16));
      y += 22;
    }
  }
  const assumptions = `Assumptions: ${spec.assumptions.length > 0 ? spec.assumptions.join("; ") : "none (every published statement counts)"}.`;
  for (const line of wrapText(assumptions, inner, 15)) {
    parts.push(text(MARGIN, y, line, 15, { fill: MUTED }));
    y += 20;
  }
  y += 6;
  for (const line of wrapText(sourceLine(spec.permalink), inner, 15)) {
    parts.push(text(MARGIN, y, line, 15, { fill: MUTED }));
    y += 20;
  }
  const height = Math.ceil(y + MARGIN / 2);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="${escapeMarkup(PICTURE_FONT)}">`,
    `<title>${escapeMarkup(`${spec.title}, ${spec.dateLine}`)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

/** The source line: who drew it and the link to the view. */
export function sourceLine(permalink: string): string {
  return `Source: Coalition Tracker, ${permalink}`;
}
