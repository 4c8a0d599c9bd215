/** Search terms and highlighting (lib/search): parsing limits, FTS5 quoting, folded matches, escaping. */
import { describe, expect, it } from "vitest";
import { ftsAllOf, ftsString, MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery } from "@/lib/search/query";
import { highlightHtml, highlightSegments, matchRanges } from "@/lib/search/highlight";
import { searchLinks, toSearchResultJson } from "@/lib/search/results";

describe("parseSearchQuery", () => {
  it("splits on white space, drops edge punctuation and repeats (in any case)", () => {
    expect(parseSearchQuery("  Truppen, «Soldaten»  truppen  ")).toEqual({ ok: true, terms: ["Truppen", "Soldaten"] });
    expect(parseSearchQuery("Macron's")).toEqual({ ok: true, terms: ["Macron's"] });
  });
  it.each([
    ["", /enter a word/],
    ["   ", /enter a word/],
    [null, /enter a word/],
    ["-- * ()", /no letters or digits/],
    ["x".repeat(MAX_QUERY_CHARS + 1), new RegExp(`at most ${MAX_QUERY_CHARS} characters`)],
    [Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(" "), new RegExp(`at most ${MAX_TERMS} words`)],
  ])("refuses %j with a clear message", (q, message) => {
    const r = parseSearchQuery(q);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error).toMatch(message);
  });
});

describe("FTS5 strings", () => {
  it("quotes every term, doubling inner quotes, so no operator or column filter survives", () => {
    expect(ftsString('a"b')).toBe('"a""b"');
    expect(ftsString("NEAR(x")).toBe('"NEAR(x"');
    expect(ftsString("a\u0000b")).toBe('"a b"');
    expect(ftsAllOf(["quote:x", "OR", "*"])).toBe('"quote:x" "OR" "*"');
    expect(ftsAllOf([])).toBeNull();
  });
});

describe("highlighting", () => {
  it("marks substrings of 3+ characters in any case and with or without diacritics, at their original offsets", () => {
    expect(highlightHtml("Die Bodentruppen kommen", ["truppen"])).toBe("Die Boden<mark>truppen</mark> kommen");
    expect(highlightHtml("Übergang, ÜBERGANG", ["ubergang"])).toBe("<mark>Übergang</mark>, <mark>ÜBERGANG</mark>");
    // a decomposed "é" (e + combining accent) is marked whole
    expect(matchRanges("Ze\u0301lenskyj", ["zelensk"])).toEqual([[0, 8]]);
  });
  it("marks a 1-2 character term only as a whole word", () => {
    expect(highlightHtml("EU, Europe and the eu", ["eu"])).toBe("<mark>EU</mark>, Europe and the <mark>eu</mark>");
  });
  it("merges overlapping matches", () => {
    expect(highlightSegments("Bodentruppen", ["boden", "dentrup"])).toEqual([{ text: "Bodentrup", mark: true }, { text: "pen", mark: false }]);
  });
  it("escapes markup in the text and in the match: a <script> is text", () => {
    const html = highlightHtml('<script>alert("x")</script> & Truppen', ["script", "truppen"]);
    expect(html).toBe("&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; <mark>Truppen</mark>");
    expect(html).not.toMatch(/<script|<\/script/i);
    expect(highlightHtml("<img src=x onerror=alert(1)>", ["img"])).toBe("&lt;<mark>img</mark> src=x onerror=alert(1)&gt;");
  });
});

describe("results", () => {
  const s = {
    id: 7,
    statedOn: "2025-09-01",
    countryIso3: "FRA",
    quote: "<b>Troupes</b> au sol",
    quoteTranslation: "Ground troops",
    speaker: null,
    note: null,
    sources: [{ title: "Le Monde", publisher: "Groupe Le Monde" }],
  };
  it("links to the statement and to the dashboard at its date with its country (and known)", () => {
    expect(searchLinks(s, null)).toEqual({ statement: "/statements/7", dashboard: "/?date=2025-09-01&country=FRA" });
    expect(searchLinks(s, Date.parse("2026-01-07T12:00:00Z")).dashboard).toBe("/?date=2025-09-01&country=FRA&known=2026-01-07T12%3A00%3A00.000Z");
  });
  it("highlights only the matching fields, escaped", () => {
    expect(toSearchResultJson(s, ["troup", "troop"], null).highlights).toEqual({ quote: "&lt;b&gt;<mark>Troup</mark>es&lt;/b&gt; au sol", quoteTranslation: "Ground <mark>troop</mark>s" });
    expect(toSearchResultJson(s, ["monde"], null).highlights).toEqual({ sources: "Le <mark>Monde</mark> — Groupe Le <mark>Monde</mark>" });
  });
});
