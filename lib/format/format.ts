/** Human-readable renderings shared by pages, so a date reads the same everywhere. */
import type { DatePrecision, IsoDate } from "../types";
import { isHttpUrl } from "../validation/http-url";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "4 Sep 2025", or "Sep 2025" for a month-precision date. Formats by hand: no locale or zone drift. */
export function formatDate(date: IsoDate, precision: DatePrecision = "day"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const month = MONTHS[m - 1] ?? "?";
  return precision === "month" ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** "4 September 2025", for headings. */
export function formatLongDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${LONG_MONTHS[m - 1] ?? "?"} ${y}`;
}

/** "1 country" / "3 countries". */
export function countries(n: number): string {
  return `${n} ${n === 1 ? "country" : "countries"}`;
}

/** Returns the URL only if it is an absolute http(s) URL; anything else is never rendered as a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  return url && isHttpUrl(url) ? url : null;
}

/** Whether a language code is English (en, en-GB…): such a quote needs no translation. */
export function isEnglish(code: string | null | undefined): boolean {
  return !!code && code.toLowerCase().split("-")[0] === "en";
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** A language code as an English word ("de" -> "German", "pt-BR" -> "Brazilian Portuguese"); null if unknown. */
export function languageName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return languageNames.of(code) ?? null;
  } catch {
    // A malformed tag (stored before validation existed): show none rather than fail the page.
    return null;
  }
}
