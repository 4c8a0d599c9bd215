/**
 * Text contrast on a colour fill (WCAG 2.x relative luminance and contrast ratio), for text drawn
 * on a category's colour where no stylesheet can help: the link preview image (/og).
 */

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_INK = "#000000";
export const LIGHT_INK = "#ffffff";

/**
 * The ink (black or white) with the higher contrast on `fill`. For any fill one of the two
 * reaches at least 4.58:1, so text on any colour passes WCAG AA for normal text.
 */
export function inkOn(fill: string): string {
  return contrastRatio(DARK_INK, fill) >= contrastRatio(LIGHT_INK, fill) ? DARK_INK : LIGHT_INK;
}
