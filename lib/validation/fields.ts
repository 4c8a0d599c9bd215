/**
 * Field-level building blocks shared by the CSV import and (later) the editing forms, so that a
 * value accepted by one is accepted by the other.
 */
import { z } from "zod";
import { isHttpUrl } from "./http-url";

export { isHttpUrl };

/** Longest URL we store; longer ones are almost always tracking-laden copies. */
export const MAX_URL_LENGTH = 2000;

/** A trimmed http(s) URL of at most 2000 characters. For forms; the CSV import words its own errors. */
export const httpUrl = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`)
  .refine(isHttpUrl, "must be an http(s) URL (starting with http:// or https://)");

/**
 * Normalises free text as stored: trimmed, line breaks as "\n" (spreadsheets write "\r\n" inside
 * cells, which would otherwise make re-exports differ) and Unicode NFC (so visually identical
 * names compare equal). Empty after trimming means absent: null.
 */
export function cleanText(s: string): string | null {
  const cleaned = s.replace(/\r\n?/g, "\n").normalize("NFC").trim();
  return cleaned === "" ? null : cleaned;
}

// C0 and C1 control characters other than tab, line feed and carriage return (cleanText turns \r into \n).
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Why a text cannot be stored as it is, or null if it can: control characters are invisible,
 * turn into U+FFFD or vanish on the page and cut strings short in C-based tools, and an unpaired
 * surrogate (only possible from JSON or forms, never from valid UTF-8) would be silently replaced
 * by SQLite, so what is stored would differ from what was checked.
 */
export function textProblem(s: string): string | null {
  const control = CONTROL_CHAR.exec(s);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return `contains a control character (U+${code}) at position ${charLength(s.slice(0, control.index)) + 1}`;
  }
  if (!s.isWellFormed()) return "contains invalid Unicode (an unpaired surrogate)";
  return null;
}

/** Length in characters (code points), as a person counts them, not UTF-16 units. */
export function charLength(s: string): number {
  return Array.from(s).length;
}

/** Lower-cases and turns spaces and hyphens into underscores: "Air policing" -> "air_policing". */
export function toKey(s: string): string {
  return s.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
