/**
 * Calendar dates and instants. Dates are compared as `YYYY-MM-DD` strings everywhere else in
 * lib/, so every date that enters the domain must come through `parseIsoDate`/`parseStatedOn`,
 * which guarantee that exact shape (and thus that string order is chronological order).
 *
 * Day arithmetic is done on integer day numbers rather than `Date` objects: `Date` silently rolls
 * 2025-02-30 over to March and maps years below 100 to the 1900s, both of which we must refuse.
 */
import type { DatePrecision, IsoDate } from "./types";

/** Milliseconds in a UTC day (no leap seconds in epoch time): the one constant for day arithmetic. */
export const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
// Seconds and a fraction are optional; a zone is required, since an instant without one is
// ambiguous. A space instead of "+" in the offset is accepted because URLSearchParams decodes an
// unescaped "+" in a query string to a space, and `?known=...T12:00:00+01:00` is an easy mistake.
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+\- ])(\d{2}):?(\d{2}))$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of `toDayNumber` (civil_from_days). */
function fromDayNumber(z: number): [number, number, number] {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * Days since 1970-01-01 of a valid `YYYY-MM-DD` date (negative before it): the day number every
 * day count in lib/ is made from (the slider's offsets, the charts' numeric x axis).
 */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return toDayNumber(y, m, d);
}

/**
 * The `YYYY-MM-DD` date of a day number (inverse of `dayNumber`); a fractional day is floored, so
 * any instant inside a day belongs to that day.
 * @throws RangeError if `day` is not a finite number.
 */
export function dateOfDayNumber(day: number): IsoDate {
  if (!Number.isFinite(day)) throw new RangeError(`not a day number: ${day}`);
  const [y, m, d] = fromDayNumber(Math.floor(day));
  return formatYmd(y, m, d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatYmd(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Parses a strict `YYYY-MM-DD` calendar date. Returns null for anything else, including dates
 * that do not exist (2025-02-30, 2025-13-01), surrounding whitespace and other ISO forms.
 */
export function parseIsoDate(s: string): IsoDate | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? s : null;
}

/**
 * Parses the date a statement was made: `YYYY-MM-DD` (day precision) or `YYYY-MM` (month
 * precision, stored as the month's first day so that it still sorts and compares as a date).
 */
export function parseStatedOn(s: string): { date: IsoDate; precision: DatePrecision } | null {
  const day = parseIsoDate(s);
  if (day) return { date: day, precision: "day" };
  const m = MONTH_RE.exec(s);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return isValidYmd(y, mo, 1) ? { date: formatYmd(y, mo, 1), precision: "month" } : null;
}

/** Inverse of `parseStatedOn`: `YYYY-MM` for month precision, the date itself for day precision. */
export function formatStatedOn(date: IsoDate, precision: DatePrecision): string {
  return precision === "month" ? date.slice(0, 7) : date;
}

/** Today's date in UTC (not the server's or browser's zone, so that all parts of the app agree). */
export function todayIso(now: Date = new Date()): IsoDate {
  return formatYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

/**
 * Parses an ISO-8601 instant with an explicit zone (`2026-01-07T12:00:00Z`,
 * `2026-01-07T12:00:00.123+01:00`, `2026-01-07T12:00+0100`) into epoch milliseconds; fractions
 * beyond milliseconds are truncated.
 *
 * A bare `YYYY-MM-DD` means "as known by the end of that UTC day": the last millisecond of the
 * day (the next day's start minus 1 ms), so `known=2026-01-07` includes everything recorded on
 * the 7th. Returns null for anything else, including impossible dates and times.
 */
export function parseInstant(s: string): number | null {
  const date = parseIsoDate(s);
  if (date) {
    return (dayNumber(date) + 1) * MS_PER_DAY - 1;
  }
  const g = INSTANT_RE.exec(s);
  if (!g) return null;
  const [y, mo, d, h, mi] = [g[1], g[2], g[3], g[4], g[5]].map(Number) as [number, number, number, number, number];
  const sec = g[6] === undefined ? 0 : Number(g[6]);
  const ms = g[7] === undefined ? 0 : Number(g[7].padEnd(3, "0").slice(0, 3));
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  let offsetMin = 0;
  if (g[8] === undefined) {
    const [oh, om] = [Number(g[10]), Number(g[11])];
    if (oh > 23 || om > 59) return null;
    offsetMin = (g[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return toDayNumber(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offsetMin) * 60 + sec) * 1000 + ms;
}

/**
 * Adds `n` days (negative to go back) to a valid `YYYY-MM-DD` date.
 * @throws RangeError if `date` is not a valid date or the result leaves years 0000-9999.
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!parseIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: '${date}'`);
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const [ry, rm, rd] = fromDayNumber(dayNumber(date) + n);
  if (ry < 0 || ry > 9999) throw new RangeError(`${date} + ${n} days is outside years 0000-9999`);
  return formatYmd(ry, rm, rd);
}
