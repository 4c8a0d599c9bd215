/**
 * REVIEW_REQUIRED, parsed strictly: "1" (every change is a draft until another editor approves it),
 * "0" or unset (changes publish at once, so a solo editor is never blocked). Anything else stops the
 * start with this message rather than silently choosing one (a typo must not publish unreviewed).
 */
export function parseReviewRequired(raw: string | undefined): boolean {
  if (raw === undefined || raw === "" || raw === "0") return false;
  if (raw === "1") return true;
  throw new Error(`REVIEW_REQUIRED: '${raw}' is not a valid value: use 1 (changes wait for another editor's approval) or 0 / unset (changes publish at once)`);
}
