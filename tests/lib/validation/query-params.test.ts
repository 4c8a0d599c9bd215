import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asOfQuery, claimQuery, claimViewOfQuery, groupQuery, parseQuery, rangeQuery, staleQuery } from "@/lib/validation/query-params";
import { EXPECTED, readViewParams } from "@/lib/url/search-params";

const q = (s: string) => new URLSearchParams(s);

describe("parseQuery with asOfQuery", () => {
  it("parses valid parameters", () => {
    expect(parseQuery(asOfQuery, q("date=2025-03-01&known=2026-01-07T12:00:00Z&country=fra"))).toEqual({
      ok: true,
      data: { date: "2025-03-01", known: Date.UTC(2026, 0, 7, 12), country: "FRA" },
    });
  });

  it("treats missing and empty parameters as absent and ignores unknown ones", () => {
    expect(parseQuery(asOfQuery, q("date=&other=1&__proto__=x"))).toEqual({ ok: true, data: {} });
  });

  it("uses a parameter's first value", () => {
    expect(parseQuery(asOfQuery, q("date=2025-01-01&date=nonsense"))).toEqual({ ok: true, data: { date: "2025-01-01" } });
  });

  it("reads a bare known date as the end of that day, and '+' decoded as a space", () => {
    expect(parseQuery(asOfQuery, q("known=2026-01-07"))).toEqual({ ok: true, data: { known: Date.UTC(2026, 0, 8) - 1 } });
    expect(parseQuery(asOfQuery, q("known=2026-01-07T12:00:00+01:00"))).toEqual({ ok: true, data: { known: Date.UTC(2026, 0, 7, 11) } });
  });

  it.each([
    ["date=2025-13-01", "date: expected YYYY-MM-DD, got '2025-13-01'"],
    ["date=2025-02-30", "date: expected YYYY-MM-DD, got '2025-02-30'"],
    ["known=yesterday", "known: expected an ISO-8601 instant (e.g. 2026-01-07T12:00:00Z) or YYYY-MM-DD, got 'yesterday'"],
    ["country=FR", "country: expected a 3-letter ISO country code, got 'FR'"],
    ["date=x&country=1234", "date: expected YYYY-MM-DD, got 'x'; country: expected a 3-letter ISO country code, got '1234'"],
  ])("names the parameter in errors: %s", (query, error) => {
    expect(parseQuery(asOfQuery, q(query))).toEqual({ ok: false, error });
  });
});

describe("parseQuery with rangeQuery", () => {
  it("accepts open and closed ranges", () => {
    expect(parseQuery(rangeQuery, q("from=2025-01-01&to=2025-12-31"))).toEqual({ ok: true, data: { from: "2025-01-01", to: "2025-12-31" } });
    expect(parseQuery(rangeQuery, q("to=2025-12-31"))).toEqual({ ok: true, data: { to: "2025-12-31" } });
    expect(parseQuery(rangeQuery, q("from=2025-01-01&to=2025-01-01")).ok).toBe(true);
  });

  it("refuses a reversed range and bad ends", () => {
    expect(parseQuery(rangeQuery, q("from=2025-02-01&to=2025-01-01"))).toEqual({ ok: false, error: "from: must not be after to" });
    expect(parseQuery(rangeQuery, q("to=2025-1-1"))).toEqual({ ok: false, error: "to: expected YYYY-MM-DD, got '2025-1-1'" });
  });

  it("works with any object schema", () => {
    expect(parseQuery(z.object({ n: z.coerce.number().int() }), q("n=abc"))).toMatchObject({ ok: false, error: expect.stringMatching(/^n: /) });
  });
});

describe("parseQuery with claimQuery", () => {
  it("parses every setting and leaves absent ones off", () => {
    const ok = parseQuery(claimQuery, q("official=1&commitment=approved&assume=no_un_or_eu_mandate"));
    expect(ok).toEqual({ ok: true, data: { official: true, commitment: "approved", assume: "un_or_eu_mandate" } });
    expect(claimViewOfQuery(ok.ok ? ok.data : {})).toEqual({ official: true, commitment: "approved", assume: "un_or_eu_mandate" });
    expect(claimViewOfQuery({})).toEqual({ official: false, commitment: null, assume: null });
    expect(parseQuery(claimQuery, q("official=0"))).toEqual({ ok: true, data: { official: false } });
  });

  it.each([
    ["official", "yes"],
    ["official", "2"],
    ["commitment", "promised"],
    ["commitment", "PLEDGED"],
    ["assume", "us_backstop"],
    ["assume", "no_everything"],
    ["assume", "no_constructor"],
  ])("refuses %s=%s naming the parameter and the value", (key, value) => {
    const result = parseQuery(claimQuery, q(`${key}=${encodeURIComponent(value)}`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(new RegExp(`^${key}: expected .*got '${value}'$`));
  });
});

describe("the read API and the dashboard refuse a view parameter in the same words", () => {
  it.each([
    [claimQuery, "official", "yes"],
    [claimQuery, "commitment", "promised"],
    [claimQuery, "assume", "no_everything"],
    [groupQuery, "group", "summit:no-such-summit-and-a-name-longer-than-forty-characters!"],
    [staleQuery, "stale", "0"],
  ] as const)("%#: %s=%s", (schema, key, value) => {
    const api = parseQuery(schema, q(`${key}=${encodeURIComponent(value)}`));
    const { notices } = readViewParams({ [key]: value });
    expect(api.ok).toBe(false);
    expect(!api.ok && api.error).toContain(`${key}: expected ${EXPECTED[key]}, got '`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`expected ${EXPECTED[key]};`);
  });
});
