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

/** Length in characters (code points), as a person counts them, not UTF-16 units. */
export function charLength(s: string): number {
  return Array.from(s).length;
}

/** Lower-cases and turns spaces and hyphens into underscores: "Air policing" -> "air_policing". */
export function toKey(s: string): string {
  return s.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
