/** The public JSON/CSV API, called as an outside client would: plain fetch, no browser. */
import { describe, expect, it } from "vitest";
import { urlFor } from "./support/context";
import { decidingRows, seedCounts, seedKnown } from "./support/seed-expect";

const STANCES = ["troops", "air_policing", "naval", "training_only", "support_only", "undecided", "refusal"];

async function getJson(pathAndQuery: string): Promise<{ status: number; type: string; body: unknown }> {
  const res = await fetch(urlFor(pathAndQuery), { signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GET ${pathAndQuery}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", body };
}

describe("GET /api/v1/stances", () => {
  it("lists France with troops as of 2025-09-05", async () => {
    const { status, type, body } = await getJson("/api/v1/stances?date=2025-09-05");
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    expect(body).toMatchObject({ countries: expect.any(Array) });
    const { countries } = body as { countries: unknown[] };
    expect(countries).toContainEqual(expect.objectContaining({ iso3: "FRA", stance: "troops" }));
  });

  it("refuses a malformed date with 400 and an error that names the date", async () => {
    const { status, body } = await getJson("/api/v1/stances?date=bad");
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: expect.stringMatching(/date/i) });
  });
});

describe("GET /api/v1/categories", () => {
  it("lists the seven stance categories", async () => {
    const { status, body } = await getJson("/api/v1/categories");
    expect(status).toBe(200);
    // The contract fixes the count, not the envelope: accept a bare array or { categories: [...] }.
    const list = Array.isArray(body) ? body : (body as { categories?: unknown }).categories;
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(7);
    const text = JSON.stringify(list);
    for (const key of STANCES) expect(text).toContain(`"${key}"`);
  });
});

describe("GET /api/v1/timeline", () => {
  it("returns dated counts between two dates", async () => {
    const { status, body } = await getJson("/api/v1/timeline?from=2025-08-01&to=2026-02-01");
    expect(status).toBe(200);
    const { series } = body as { series: { date: string; counts: unknown }[] };
    expect(Array.isArray(series)).toBe(true);
    expect(series.length).toBeGreaterThan(0);
    for (const point of series) {
      expect(point.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(point.date >= "2025-08-01" && point.date <= "2026-02-01").toBe(true);
      expect(point.counts).toEqual(expect.any(Object));
    }
  });
});

describe("GET /api/v1/export.csv", () => {
  it("serves CSV with the import header", async () => {
    const res = await fetch(urlFor("/api/v1/export.csv"), { signal: AbortSignal.timeout(15_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type") ?? "").toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text.replace(/^\uFEFF/, "")).toMatch(/^country,stated_on,stance,/);
  });
});

describe("GET /api/v1/statements", () => {
  type Statement = { id: number; countryIso3: string; statedOn: string; stance: string; source: { title: string } };

  it("lists a country's statements newest first, each with its citation", async () => {
    const { status, body } = await getJson("/api/v1/statements?country=deu");
    expect(status).toBe(200);
    const { statements } = body as { statements: Statement[] };
    expect(statements.length).toBeGreaterThanOrEqual(3);
    const dates = statements.map((s) => s.statedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    // Germany's 6 Jan 2026 statement: coded troops as the dataset codes it, citing the dataset's report and the seed article.
    expect(statements[0]).toMatchObject({ countryIso3: "DEU", statedOn: "2026-01-06", stance: "troops" });
    expect((statements[0] as Statement & { sources: unknown[] }).sources).toHaveLength(2);
    for (const s of statements) expect(s.source.title).not.toBe("");
  });

  it("returns one statement with its versions, and 404/400 for unknown or malformed ids and countries", async () => {
    const { body } = await getJson("/api/v1/statements?country=ITA");
    const italy = (body as { statements: Statement[] }).statements[0];
    expect(italy).toMatchObject({ stance: "refusal" });
    const one = await getJson(`/api/v1/statements/${italy?.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ current: { id: italy?.id, version: 1 }, versions: [expect.objectContaining({ version: 1 })] });
    expect((await getJson("/api/v1/statements/999999")).status).toBe(404);
    expect((await getJson("/api/v1/statements/abc")).status).toBe(400);
    expect((await getJson("/api/v1/statements?country=XXZ")).status).toBe(404);
    expect((await getJson("/api/v1/statements?country=12345")).status).toBe(400);
    expect((await getJson("/api/v1/statements")).status).toBe(400);
  });
});

describe("known-at views", () => {
  it("shows nothing as known before the data was recorded, and everything as known now", async () => {
    const before = await getJson("/api/v1/stances?date=2026-01-07&known=2000-01-01T00:00:00Z");
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ known: "2000-01-01T00:00:00.000Z", countries: [] });
    const now = await getJson(`/api/v1/stances?date=2026-01-07&known=${encodeURIComponent(new Date().toISOString())}`);
    expect((now.body as { countries: unknown[] }).countries).toContainEqual(expect.objectContaining({ iso3: "ITA", stance: "refusal" }));
    expect((await getJson("/api/v1/stances?known=yesterday")).status).toBe(400);
  });

  it("counts each date as the seed gives it in the timeline (as known when seeded), a point only where a count changes", async () => {
    const { body } = await getJson(`/api/v1/timeline?from=2025-09-01&to=2026-01-31&known=${encodeURIComponent(seedKnown())}`);
    const { series } = body as { series: { date: string; counts: Record<string, number> }[] };
    const nonZero = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));
    expect(series.map((p) => p.date)).toContain("2026-01-06");
    for (const p of series) expect(nonZero(p.counts), p.date).toEqual(seedCounts(p.date));
    // Czechia moves to refusal on 2026-01-06: that day's refusal count is the day before's plus its move.
    expect(decidingRows("2026-01-05").get("CZE")?.stance).toBe("undecided");
    expect(decidingRows("2026-01-06").get("CZE")?.stance).toBe("refusal");
    expect((await getJson("/api/v1/timeline?from=2026-02-01&to=2025-01-01")).status).toBe(400);
  });
});

describe("GET /api/v1/timeline/payload", () => {
  it("gives the dashboard's timeline, with Czechia's change to refusal on 2026-01-06", async () => {
    const { status, body } = await getJson("/api/v1/timeline/payload");
    expect(status).toBe(200);
    const payload = body as { countries: [string, string][]; points: Record<string, number[][]>; span: { first: string } };
    expect(payload.countries.some(([iso3]) => iso3 === "CZE")).toBe(true);
    const refusal = STANCES.indexOf("refusal");
    const days = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${payload.span.first}T00:00:00Z`)) / 86_400_000;
    expect(payload.points.CZE?.some(([offset, stance]) => offset === days("2026-01-06") && stance === refusal)).toBe(true);
    expect(payload.points.CZE?.some(([offset, stance]) => offset! < days("2026-01-06") && stance === refusal)).toBe(false);
  });

  it("as known before any statement was recorded, is empty; a malformed instant is a 400", async () => {
    const { status, body } = await getJson("/api/v1/timeline/payload?known=2000-01-01");
    expect(status).toBe(200);
    expect(body).toMatchObject({ points: {}, span: null });
    const bad = await getJson("/api/v1/timeline/payload?known=yesterday");
    expect(bad.status).toBe(400);
    expect((bad.body as { error: string }).error).toContain("yesterday");
  });
});
