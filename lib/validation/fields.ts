/**
 * Field-level building blocks shared by the CSV import and (later) the editing forms, so that a
 * value accepted by one is accepted by the other.
 */
import { z } from "zod";
import { parseIsoDate } from "../dates";
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

/*
 * Zod building blocks for text fields as people type them (forms) or spreadsheets hold them (CSV
 * cells): every value arrives as a string, empty means absent, and every message names the field
 * by `label` and quotes the value, so the same rule words the same error wherever it is used.
 */

/** Adds a custom issue at the current path and aborts the transform. */
export function fail(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

/** Required free text: cleaned, at most `max` characters when given. */
export function requiredText(label: string, max?: number) {
  return z.string().transform((s, ctx) => {
    const text = cleanText(s);
    if (text === null) return fail(ctx, `${label} is required`);
    if (max !== undefined && charLength(text) > max) return fail(ctx, `${label} is ${charLength(text)} characters long (max ${max})`);
    const problem = textProblem(text);
    return problem ? fail(ctx, `${label} ${problem}`) : text;
  });
}

/** Optional free text: cleaned, empty -> null, at most `max` characters. */
export function optionalText(label: string, max: number) {
  return z.string().transform((s, ctx) => {
    const text = cleanText(s);
    if (text !== null && charLength(text) > max) return fail(ctx, `${label} is ${charLength(text)} characters long (max ${max})`);
    const problem = text === null ? null : textProblem(text);
    return problem ? fail(ctx, `${label} ${problem}`) : text;
  });
}

/** Longest language tag accepted (BCP 47 allows long tags; 35 covers every realistic one). */
export const MAX_LANGUAGE_LENGTH = 35;

/** An optional BCP 47-shaped language code (en, fr, pt-BR, zh-Hant); primary subtag lower-cased. */
export function optionalLanguage(label: string) {
  return optionalText(label, MAX_LANGUAGE_LENGTH).transform((s, ctx) => {
    if (s === null) return null;
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s)) return fail(ctx, `${label} '${s}' is not a language code (e.g. en, fr, pt-BR)`);
    const [primary, ...rest] = s.split("-");
    return [primary!.toLowerCase(), ...rest].join("-");
  });
}

/** An optional absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused. */
export function optionalHttpUrl(label: string) {
  return z.string().transform((s, ctx) => {
    const url = cleanText(s);
    if (url === null) return null;
    if (charLength(url) > MAX_URL_LENGTH) return fail(ctx, `${label} is ${charLength(url)} characters long (max ${MAX_URL_LENGTH})`);
    return isHttpUrl(url) ? url : fail(ctx, `${label} '${url}' is not an http(s) URL`);
  });
}

/** An optional strict YYYY-MM-DD date. */
export function optionalIsoDate(label: string) {
  return z.string().transform((s, ctx) => {
    const text = cleanText(s);
    if (text === null) return null;
    return parseIsoDate(text) ?? fail(ctx, `${label} '${text}' is not a date (YYYY-MM-DD)`);
  });
}

/** A required strict YYYY-MM-DD date, optionally not after `latest`. */
export function requiredIsoDate(label: string, latest?: string) {
  return requiredText(label).transform((s, ctx) => {
    const date = parseIsoDate(s);
    if (!date) return fail(ctx, `${label} '${s}' is not a date (YYYY-MM-DD)`);
    if (latest !== undefined && date > latest) return fail(ctx, `${label} '${s}' is in the future`);
    return date;
  });
}

/** One of `keys`, written in any case with spaces or hyphens for underscores ("Air policing"). */
export function oneOf<K extends string>(label: string, keys: readonly K[], value: string, ctx: z.RefinementCtx): K {
  const key = toKey(value);
  if ((keys as readonly string[]).includes(key)) return key as K;
  return fail(ctx, `unknown ${label} '${value}' (expected one of ${keys.join(", ")})`);
}
