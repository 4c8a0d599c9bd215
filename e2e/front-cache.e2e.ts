/**
 * The front cache of scripts/serve.ts (what `npm start` runs): a repeated anonymous request for a public
 * view is answered from the stored copy, an editor (any cookie) always reaches Next, and a write
 * by another process (the CLI import) shows on the very next request for the page and the API.
 * Probe statements are dated 2099 so that no other spec's view changes.
 */
import { describe, expect, it } from "vitest";
import { importCsvWithCli } from "./support/cli-import";
import { urlFor } from "./support/context";

const DATE = "2099-02-01";

function importRow(country: string, stance: string, quote: string): void {
  importCsvWithCli(`country,stated_on,stance,quote,source_title\n${country},${DATE},${stance},${quote},E2E front cache probe\n`);
}

async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ front: string | null; body: string; status: number }> {
  const res = await fetch(urlFor(pathAndQuery), { headers, signal: AbortSignal.timeout(20_000) });
  return { front: res.headers.get("x-front-cache"), body: await res.text(), status: res.status };
}

describe("front cache (scripts/serve.ts)", () => {
  it("answers the second anonymous request for a view from its stored copy", async () => {
    for (const p of [`/api/v1/stances?date=${DATE}`, `/?date=${DATE}`, `/compare?date=2025-09-05&compare=${DATE}`]) {
      const first = await get(p);
      expect(first.status).toBe(200);
      const second = await get(p);
      expect(second.front, p).toBe("hit");
      expect(second.body).toBe(first.body);
    }
  });

  it("stores the timeline uncompressed by Next as gzip for readers who accept it, and as is for the others", async () => {
    const p = "/api/v1/timeline/payload";
    const first = await fetch(urlFor(p), { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(20_000) });
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    const ask = () => fetch(urlFor(p), { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(20_000) });
    let second = await ask();
    // The compressed copy is stored a moment after the first answer ends: ask until it is there.
    await expect
      .poll(async () => {
        if (second.headers.get("x-front-cache") === "hit") return "hit";
        await second.arrayBuffer();
        second = await ask();
        return second.headers.get("x-front-cache");
      }, { timeout: 10_000 })
      .toBe("hit");
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(second.headers.get("vary") ?? "").toMatch(/accept-encoding/i);
    expect(Number(second.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(firstBody));
    expect(await second.text()).toBe(firstBody); // fetch decompresses
    const plain = await fetch(urlFor(p), { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(20_000) });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(firstBody);
  });

  it("never answers a request that carries a cookie (an editor) from the cache", async () => {
    const p = `/?date=${DATE}`;
    await get(p);
    const withCookie = await get(p, { cookie: "theme=dark" });
    expect(withCookie.status).toBe(200);
    expect(withCookie.front).toBeNull();
  });

  it("shows a statement imported by another process on the very next request", async () => {
    const api = `/api/v1/stances?date=${DATE}`;
    const page = `/?date=${DATE}`;
    await get(api);
    await get(page);
    expect((await get(page)).front).toBe("hit");
    const marker = `front cache probe ${Date.now()}`;
    importRow("LIE", "air_policing", marker);
    const afterApi = await get(api);
    expect(afterApi.front).toBe("miss");
    expect(JSON.parse(afterApi.body)).toMatchObject({ countries: expect.arrayContaining([expect.objectContaining({ iso3: "LIE", quote: marker })]) });
    const afterPage = await get(page);
    expect(afterPage.front).toBe("miss");
    expect(afterPage.body).toContain(marker);
  });
});
