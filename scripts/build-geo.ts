/**
 * Build step: writes the map's country shapes as a content-hashed static file,
 * public/geo/countries-50m.<hash>.json, and public/geo/manifest.json naming it (next.config.ts
 * reads the manifest and exposes the file's URL as NEXT_PUBLIC_GEO_URL). Both are generated, not
 * committed. Runs from next.config.ts on `next build` / `next dev` (so `npx next build` on a clean
 * clone works too) and from the `prebuild` npm script; it does nothing when its output is current.
 *
 *   tsx scripts/build-geo.ts [--force]
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Topology } from "topojson-specification";
import { buildCountriesTopology } from "./geo/countries-topology";

const ROOT = path.resolve(__dirname, "..");
const INPUT = path.join(ROOT, "node_modules/world-atlas/countries-50m.json");
const OUT_DIR = path.join(ROOT, "public/geo");
const MANIFEST = path.join(OUT_DIR, "manifest.json");
// Anything that changes the output: the input data and the code that transforms it.
const SOURCES = [INPUT, __filename, path.join(__dirname, "geo/countries-topology.ts")];
const MAX_GZIP_BYTES = 120 * 1024;

export type GeoManifest = { url: string; inputHash: string; bytes: number; gzipBytes: number; countries: number };

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function readManifest(): GeoManifest | null {
  try {
    return JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as GeoManifest;
  } catch {
    return null;
  }
}

/** Writes atomically, so a reader (or a second build running this at once) never sees half a file. */
function writeAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function main(): void {
  const inputHash = sha256(SOURCES.map((f) => sha256(fs.readFileSync(f))).join(""));
  const current = readManifest();
  if (!process.argv.includes("--force") && current?.inputHash === inputHash && fs.existsSync(path.join(ROOT, "public", current.url))) {
    return;
  }
  const world = JSON.parse(fs.readFileSync(INPUT, "utf8")) as Topology;
  const topology = buildCountriesTopology(world);
  const json = JSON.stringify(topology);
  const gzipBytes = zlib.gzipSync(json, { level: 9 }).length;
  if (gzipBytes > MAX_GZIP_BYTES) throw new Error(`countries file is ${gzipBytes} bytes gzipped, over the ${MAX_GZIP_BYTES} budget`);
  const name = `countries-50m.${sha256(json).slice(0, 12)}.json`;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeAtomic(path.join(OUT_DIR, name), json);
  const manifest: GeoManifest = {
    url: `/geo/${name}`,
    inputHash,
    bytes: Buffer.byteLength(json),
    gzipBytes,
    countries: topology.objects.countries.geometries.filter((g) => g.id !== undefined).length,
  };
  writeAtomic(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  // Older hashed files are no longer referenced by anything.
  for (const f of fs.readdirSync(OUT_DIR)) {
    if (/^countries-50m\.[0-9a-f]+\.json$/.test(f) && f !== name) fs.rmSync(path.join(OUT_DIR, f), { force: true });
  }
  console.log(`geo: wrote ${manifest.url} (${manifest.countries} countries, ${manifest.bytes} bytes, ${gzipBytes} gzipped)`);
}

main();
