import { describe, expect, it } from "vitest";
import { parseJsonSteps } from "@/lib/timeline/sliced-json";

/** Runs the steps to the end, counting them. */
function parse(text: string): { value: unknown; steps: number } {
  const steps = parseJsonSteps(text);
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: n };
    n++;
  }
}

/** A payload shaped like the timeline's (lib/timeline/timeline-payload.ts), with awkward text in it. */
function payloadLike(countries: number) {
  const points: Record<string, number[][]> = {};
  const restated: Record<string, number[][]> = {};
  for (let c = 0; c < countries; c++) {
    const iso3 = `C${String(c).padStart(2, "0")}`;
    points[iso3] = Array.from({ length: c + 1 }, (_, i) => [i * 3, i % 7, c * 1000 + i, i % 4, i % 2, -1.5e3, 0]);
    if (c % 2) restated[iso3] = [[c, 1, c, 0]];
  }
  return {
    countries: [["FRA", "France"], ["CIV", "Côte d'Ivoire"]],
    points,
    restated,
    sameDay: {},
    sources: [
      ['Title with "quotes", {braces} and [brackets]', null, "https://example.org/?a=1&b=[2]"],
      ["Backslash \\ and \\\" and \u2028 and emoji 🇺🇦", "Pub, Inc.", null],
    ],
    events: [{ date: "2025-09-04", name: "Paris summit }", slug: "paris" }],
    span: { first: "2025-01-01", last: "2026-01-08" },
    nested: { deep: { deeper: [1, { x: "}" }] } },
    flags: [true, false, null],
    n: 0,
  };
}

describe("parseJsonSteps", () => {
  it("gives what JSON.parse gives, member by member, for a payload-shaped object", () => {
    const value = payloadLike(30);
    const text = JSON.stringify(value);
    const { value: parsed, steps } = parse(text);
    expect(parsed).toStrictEqual(JSON.parse(text));
    expect(Object.keys(parsed as object)).toEqual(Object.keys(value));
    expect(Object.keys((parsed as { points: object }).points)).toEqual(Object.keys(value.points));
    // One step per member of the object-valued members (30 + 15 + nested's 1) and per other member.
    expect(steps).toBeGreaterThanOrEqual(30 + 15);
  });

  it("follows whitespace as JSON.stringify's pretty form writes it", () => {
    const text = JSON.stringify(payloadLike(5), null, 2);
    expect(parse(text).value).toStrictEqual(JSON.parse(text));
  });

  it("keeps a member named __proto__ as an own property, as JSON.parse does", () => {
    const text = '{"__proto__":{"polluted":1},"points":{"__proto__":[1]}}';
    const { value } = parse(text);
    expect(value).toStrictEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it("parses any other JSON (arrays, scalars, empty objects) whole", () => {
    for (const text of ["[1,2,{\"a\":3}]", "\"text\"", "12.5", "null", "{}", " { } ", '{"a":{}}', '{"a":[]}']) {
      expect(parse(text).value).toStrictEqual(JSON.parse(text));
    }
  });

  it("throws JSON.parse's own SyntaxError for text that is not JSON, wherever it breaks", () => {
    const good = JSON.stringify(payloadLike(4));
    const bad = [
      "",
      "{",
      '{"a":1',
      '{"a":1,}',
      '{"a" 1}',
      '{"a":{"b":[1,2}}',
      '{"a":"unterminated}',
      '{"a":1} trailing',
      "<html>Bad gateway</html>",
      good.slice(0, -1),
      good.slice(0, good.length / 2),
      good.replace('"points":{', '"points":{,'),
    ];
    for (const text of bad) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      expect(() => parse(text), text).toThrow(SyntaxError);
    }
  });
});
