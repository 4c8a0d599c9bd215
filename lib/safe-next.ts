/**
 * Where to go after signing in: only paths inside /admin are followed (never another site, and
 * never back to the sign-in page), so the `next` parameter cannot be used to redirect elsewhere.
 */
export function safeNext(next: string | undefined | null): string {
  if (!next) return "/admin";
  return /^\/admin(?:\/[^/\\]|\?|$)/.test(next) && !next.startsWith("/admin/login") ? next : "/admin";
}
