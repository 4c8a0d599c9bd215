import { describe, expect, it } from "vitest";
import { addDays, dateOfDayNumber, dayNumber, formatStatedOn, MS_PER_DAY, parseInstant, parseIsoDate, parseStatedOn, todayIso } from "@/lib/dates";

describe("parseIsoDate", () => {
  it("accepts real dates, including leap days", () => {
    expect(parseIsoDate("2025-01-31")).toBe("2025-01-31");
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(parseIsoDate("2000-02-29")).toBe("2000-02-29");
    expect(parseIsoDate("0001-01-01")).toBe("0001-01-01");
  });

  it.each([
    "2025-02-30", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00", "2025-01-32",
    "2025-1-01", "25-01-01", "2025/01/01", " 2025-01-01", "2025-01-01 ", "2025-01-01T00:00:00Z", "2025-01", "", "abcd-ef-gh",
  ])("rejects %j", (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });
});

describe("parseStatedOn / formatStatedOn", () => {
  it("reads a day as day precision", () => {
    expect(parseStatedOn("2025-03-14")).toEqual({ date: "2025-03-14", precision: "day" });
  });

  it("reads a month as its first day with month precision", () => {
    expect(parseStatedOn("2025-03")).toEqual({ date: "2025-03-01", precision: "month" });
  });

  it.each(["2025-13", "2025-00", "2025-3", "2025", "2025-02-30", "March 2025", ""])("rejects %j", (s) => {
    expect(parseStatedOn(s)).toBeNull();
  });

  it("formats back to what was parsed", () => {
    for (const s of ["2025-03-14", "2025-03", "2024-12"]) {
      const p = parseStatedOn(s)!;
      expect(formatStatedOn(p.date, p.precision)).toBe(s);
    }
  });
});

describe("todayIso", () => {
  it("uses the UTC date, not the local one", () => {
    expect(todayIso(new Date("2026-01-07T23:30:00-05:00"))).toBe("2026-01-08");
    expect(todayIso(new Date("2026-01-07T00:30:00+02:00"))).toBe("2026-01-06");
  });

  it("defaults to now", () => {
    expect(todayIso()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("parseInstant", () => {
  it("reads instants with Z or an offset", () => {
    expect(parseInstant("2026-01-07T12:00:00Z")).toBe(Date.UTC(2026, 0, 7, 12));
    expect(parseInstant("2026-01-07T12:00:00.123+01:00")).toBe(Date.UTC(2026, 0, 7, 11, 0, 0, 123));
    expect(parseInstant("2026-01-07T12:00-05:30")).toBe(Date.UTC(2026, 0, 7, 17, 30));
    expect(parseInstant("2026-01-07T12:00:00+0100")).toBe(Date.UTC(2026, 0, 7, 11));
    expect(parseInstant("2026-01-07t12:00:00z")).toBe(Date.UTC(2026, 0, 7, 12));
  });

  it("pads short fractions and truncates long ones to milliseconds", () => {
    expect(parseInstant("2026-01-07T12:00:00.5Z")).toBe(Date.UTC(2026, 0, 7, 12, 0, 0, 500));
    expect(parseInstant("2026-01-07T12:00:00.123999999Z")).toBe(Date.UTC(2026, 0, 7, 12, 0, 0, 123));
  });

  it("crosses day boundaries with offsets", () => {
    expect(parseInstant("2026-01-01T00:30:00+01:00")).toBe(Date.UTC(2025, 11, 31, 23, 30));
  });

  it("takes a space for the '+' that query-string decoding turned into one", () => {
    expect(parseInstant(new URLSearchParams("k=2026-01-07T12:00:00+01:00").get("k")!)).toBe(Date.UTC(2026, 0, 7, 11));
  });

  it("reads a bare date as the last millisecond of that UTC day", () => {
    expect(parseInstant("2026-01-07")).toBe(Date.UTC(2026, 0, 8) - 1);
    expect(parseInstant("2024-12-31")).toBe(Date.UTC(2025, 0, 1) - 1);
  });

  it.each([
    "2026-01-07T12:00:00", "2026-02-30T12:00:00Z", "2026-01-07T24:00:00Z", "2026-01-07T12:60:00Z", "2026-01-07T12:00:60Z",
    "2026-01-07T12:00:00+24:00", "2026-01-07 12:00:00Z", "2026-01-07T12Z", "1767787200000", "now", "",
  ])("rejects %j", (s) => {
    expect(parseInstant(s)).toBeNull();
  });
});

describe("addDays", () => {
  it("adds and subtracts across months, years and leap days", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2025-03-01", 0)).toBe("2025-03-01");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
    expect(addDays("1970-01-01", -1)).toBe("1969-12-31");
  });

  it("agrees with Date over a long span", () => {
    let d = "1999-12-25";
    for (let i = 1; i <= 3000; i++) {
      d = addDays(d, 1);
      expect(d).toBe(new Date(Date.UTC(1999, 11, 25 + i)).toISOString().slice(0, 10));
    }
  });

  it("refuses invalid input and out-of-range results", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2025-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("dayNumber / dateOfDayNumber", () => {
  it("counts days from 1970-01-01 as epoch time does, before and after it", () => {
    for (const d of ["1970-01-01", "1969-12-31", "2024-02-29", "2025-09-05", "2100-03-01", "9999-12-31"]) {
      expect(dayNumber(d) * MS_PER_DAY).toBe(Date.parse(`${d}T00:00:00Z`));
    }
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
  });

  it("keeps years below 100 (Date would map them to the 1900s)", () => {
    expect(dayNumber("0099-06-15")).toBe(new Date(0).setUTCFullYear(99, 5, 15) / MS_PER_DAY);
    expect(dateOfDayNumber(dayNumber("0001-01-01"))).toBe("0001-01-01");
  });

  it("round-trips every day across a leap year, flooring fractions", () => {
    for (let n = dayNumber("2023-12-25"); n <= dayNumber("2025-01-05"); n++) {
      expect(dayNumber(dateOfDayNumber(n))).toBe(n);
      expect(dateOfDayNumber(n + 0.999)).toBe(dateOfDayNumber(n));
    }
    expect(dateOfDayNumber(dayNumber("2024-02-28") + 1)).toBe("2024-02-29");
  });

  it("agrees with addDays", () => {
    expect(dateOfDayNumber(dayNumber("2025-12-31") + 1)).toBe(addDays("2025-12-31", 1));
  });

  it("refuses a day that is not a finite number", () => {
    expect(() => dateOfDayNumber(Number.NaN)).toThrow(RangeError);
    expect(() => dateOfDayNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
