/**
 * The one-shot "saved" note an editor sees on the public page a save lands on. It travels in a
 * short-lived cookie and is read in the browser only, so the page the server renders (and the
 * front cache stores) is the same for every reader. Its path is "/" (a cookie scoped to the
 * statement's path is not readable while the router is still on the form's URL); the value names
 * the statement, so only that statement's page shows it.
 */
export const SAVED_FLASH_COOKIE = "saved_version";
/** Long enough for the redirect to land, short enough not to greet a later visit. */
export const SAVED_FLASH_MAX_AGE_SECONDS = 60;

export type SavedFlash = { statementId: number; version: number };

export function formatSavedFlash(flash: SavedFlash): string {
  return `${flash.statementId}.${flash.version}`;
}

/** The flash in a `document.cookie` string, or null when there is none (or it is malformed). */
export function parseSavedFlash(cookieHeader: string): SavedFlash | null {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    const m = name === SAVED_FLASH_COOKIE && value ? /^([1-9]\d{0,15})\.([1-9]\d{0,8})$/.exec(value) : null;
    if (m) return { statementId: Number(m[1]), version: Number(m[2]) };
  }
  return null;
}
