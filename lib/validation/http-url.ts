/**
 * The one test of "may this be rendered as a link". Its own module, without zod, because pages
 * and client components use it through lib/format/format.ts, and zod would otherwise ship to the browser.
 */

// Whitespace and control characters are refused outright because the URL parser would silently
// strip them, so what we store would differ from what we checked.
const FORBIDDEN_URL_CHARS = /[\s\u0000-\u001f\u007f]/;

/**
 * Whether `s` is an absolute http or https URL with a host, written literally as such (the
 * string itself starts with `http://` or `https://`): no `javascript:`, `data:` or relative URLs.
 */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s) || FORBIDDEN_URL_CHARS.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
