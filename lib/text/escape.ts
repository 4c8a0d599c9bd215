/**
 * The one escaping rule for text put into markup we write by hand: HTML (search highlights, the
 * Atom entries' HTML content, the embed's `<iframe>` code) and XML (the pictures' SVG). The five
 * characters that can end a text node or a quoted attribute value become character references, so
 * the value is safe in a text node and in a single- or double-quoted attribute alike. `'` becomes
 * `&#39;`, a numeric reference every HTML and XML parser reads (`&apos;` is not HTML 4).
 * Already-escaped text is escaped again (`&lt;` → `&amp;lt;`): the input is text, never markup.
 */
const REFERENCES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}
