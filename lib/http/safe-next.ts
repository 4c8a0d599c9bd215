/**
 * Where to go after signing in. `next` is resolved with the URL parser (the browser's own rules:
 * backslashes, tabs and newlines, `..` segments, scheme-relative and scheme-only forms) against a
 * stand-in origin, and followed only if the result is still on that origin, inside /admin and not
 * the sign-in page. What is returned is the parser's normalised path, never the raw text, so the
 * browser cannot read it differently from how it was checked.
 */
const SITE = "http://site.invalid";

export function safeNext(next: string | undefined | null): string {
  if (!next) return "/admin";
  let url: URL;
  try {
    url = new URL(next, SITE);
  } catch {
    return "/admin";
  }
  const path = url.pathname;
  const inside = path === "/admin" || path.startsWith("/admin/");
  // An empty segment ("/admin//x") or an encoded slash or backslash is never a real admin path, and
  // some client routers read them as the start of another host.
  const oddPath = path.includes("//") || /%(?:2f|5c)/i.test(path);
  if (url.origin !== SITE || !inside || oddPath || path === "/admin/login" || path.startsWith("/admin/login/")) return "/admin";
  return `${path}${url.search}${url.hash}`;
}
