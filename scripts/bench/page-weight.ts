/**
 * What a page's HTML weighs and what of it is React flight data (`self.__next_f.push` payloads,
 * which repeat as JSON whatever the server renders into client components): raw and gzip bytes.
 * Used by `npm run bench` for `/` and a country page at each size (issue #16).
 */
import { gzipSync } from "node:zlib";

export type PageWeight = { path: string; status: number; htmlBytes: number; htmlGzipBytes: number; flightBytes: number };

/** The decoded flight payloads inlined in an HTML document, joined. */
export function flightDataOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)]
    .map((m) => {
      const chunk = JSON.parse(m[1]!) as unknown[];
      return typeof chunk[1] === "string" ? chunk[1] : "";
    })
    .join("");
}

export async function pageWeight(baseURL: string, path: string): Promise<PageWeight> {
  // identity: the bytes as rendered; gzip is measured here, at -9 as a CDN would store it.
  const res = await fetch(baseURL + path, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(120_000) });
  const html = await res.text();
  return {
    path,
    status: res.status,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    flightBytes: Buffer.byteLength(flightDataOf(html)),
  };
}
