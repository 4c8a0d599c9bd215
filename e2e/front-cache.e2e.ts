/**
 * The front cache of scripts/serve.ts (what `npm start` runs): a repeated anonymous request for a public
 * view is answered from the stored copy, an editor (any cookie) always reaches Next, and a write
 * by another process (the CLI import) shows on the very next request for the page and the API.
 * Probe statements are dated 2099 so that no other spec's view changes.
 */
import { PUBLIC_VIEW_CACHE_CONTROL } from "@/lib/http/cache-control";
import { describe, expect, it } from "vitest";
import { importCsvWithCli } from "./support/cli-import";
import { urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";

const DATE = "2099-02-01";

function importRow(country: string, stance: string, quote: string): void {
  importCsvWithCli(`country,stated_on,stance,quote,source_title\n${country},${DATE},${stance},${quote},E2E front cache probe\n`);
}

async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ front: string | null; body: string; status: number }> {
  const res = await fetch(urlFor(pathAndQuery), { headers, signal: AbortSignal.timeout(20_000) });
  return { front: res.headers.get("x-front-cache"), body: await res.text(), status: res.status };
}

// Its 2099 probes are put back afterwards: left in, they stretch every later chart to 2099.
restoresSharedDatabase();

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

  it("stores the public pages because they say so: the public views' Cache-Control to anonymous readers, Next's private to an editor", async () => {
    for (const p of [`/?date=${DATE}`, `/compare?date=2025-09-05&compare=${DATE}`]) {
      const anonymous = await fetch(urlFor(p), { signal: AbortSignal.timeout(20_000) });
      await anonymous.arrayBuffer();
      expect(anonymous.headers.get("cache-control"), p).toBe(PUBLIC_VIEW_CACHE_CONTROL);
      const editor = await fetch(urlFor(p), { headers: { cookie: "theme=dark" }, signal: AbortSignal.timeout(20_000) });
      await editor.arrayBuffer();
      expect(editor.headers.get("cache-control"), p).toMatch(/private/);
      expect(editor.headers.get("cache-control"), p).toMatch(/no-store/);
    }
  });

  it("answers a reader who holds the stored ETag with a 304 from the stored copy", async () => {
    const p = `/api/v1/stances?date=${DATE}`;
    await get(p);
    const stored = await fetch(urlFor(p), { signal: AbortSignal.timeout(20_000) });
    await stored.arrayBuffer();
    expect(stored.headers.get("x-front-cache")).toBe("hit");
    // Weak when the front gzipped the answer itself (fetch asks for gzip): any spelling matches weakly.
    const etag = stored.headers.get("etag")!;
    const opaque = etag.replace(/^W\//, "");
    for (const tag of [etag, opaque, `W/${opaque}`, `"other", ${etag}`]) {
      const again = await fetch(urlFor(p), { headers: { "if-none-match": tag }, signal: AbortSignal.timeout(20_000) });
      expect(again.status, tag).toBe(304);
      expect(again.headers.get("x-front-cache"), tag).toBe("hit");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe(PUBLIC_VIEW_CACHE_CONTROL);
      expect(await again.text()).toBe("");
    }
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
    const table = `/?date=${DATE}&view=table`;
    await get(api);
    const beforePage = await get(page);
    const beforeTable = await get(table);
    expect((await get(page)).front).toBe("hit");
    expect((await get(table)).front).toBe("hit");
    const marker = `front cache probe ${Date.now()}`;
    importRow("LIE", "air_policing", marker);
    const afterApi = await get(api);
    expect(afterApi.front).toBe("miss");
    const { countries } = JSON.parse(afterApi.body) as { countries: { iso3: string; quote: string | null; statementId: number }[] };
    const imported = countries.find((c) => c.iso3 === "LIE" && c.quote === marker);
    expect(imported).toBeDefined();
    // The table view links each deciding statement and shows its quote.
    const link = `href="/statements/${imported!.statementId}"`;
    expect(beforeTable.body).not.toContain(link);
    const afterTable = await get(table);
    expect(afterTable.front).toBe("miss");
    expect(afterTable.body).toContain(link);
    expect(afterTable.body).toContain(marker);
    // The map view counts it (Liechtenstein had no position): its legend, and the no-JS summary.
    const airPolicing = (html: string) => Number(/<li data-stance="air_policing"><a [^>]*>Air policing<\/a>: (\d+) countr/.exec(html)?.[1]);
    const afterPage = await get(page);
    expect(afterPage.front).toBe("miss");
    expect(airPolicing(afterPage.body)).toBe(airPolicing(beforePage.body) + 1);
  });
});
