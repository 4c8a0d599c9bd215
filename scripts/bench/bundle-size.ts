/**
 * npm run bench:bundle [-- --size 1000 --port 3602 --ready main --geometry /path]
 * After `next build`: the JavaScript shipped for `/` (gzip), measured from a production server on
 * a synthetic dataset: what the first HTML references, and everything a browser loads until the
 * `--ready` selectors (comma-separated) are visible; with --geometry, that asset's gzip size and
 * Cache-Control. `npm run bench` includes the same figures.
 */
import { parseArgs } from "node:util";
import { firstHtmlJs, jsUntilDrawn, staticAsset } from "./bundle";
import { ensureDataset } from "./dataset";
import { withBenchServer } from "./support/bench-server";
import { DRAWN_SELECTORS, geometryUrl } from "./support/page-facts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000" },
    port: { type: "string", default: "3602" },
    ready: { type: "string", default: process.env.BENCH_READY_SELECTORS ?? DRAWN_SELECTORS },
    geometry: { type: "string", default: process.env.BENCH_GEOMETRY_PATH ?? geometryUrl() },
  },
});
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const { file } = ensureDataset(Number(values.size), undefined, (s) => console.error(s));
  await withBenchServer(file, Number(values.port), "front cache", async ({ baseURL }) => {
    const first = await firstHtmlJs(baseURL, "/");
    console.log(`First HTML of /: ${first.files.length} scripts, ${kib(first.gzip)} gzip (${kib(first.bytes)} raw); HTML ${kib(first.htmlGzip)} gzip`);
    for (const f of first.files) console.log(`  ${kib(f.gzip).padStart(10)}  ${f.url}`);
    const selectors = values.ready.split(",").filter(Boolean);
    const drawn = await jsUntilDrawn(baseURL, "/", selectors);
    console.log(`Until ${selectors.join(", ")} visible${drawn.ready ? "" : ` (NEVER: ${drawn.missing.join(", ")})`}: ${drawn.files.length} scripts, ${kib(drawn.gzip)} gzip`);
    for (const f of drawn.files) console.log(`  ${kib(f.gzip).padStart(10)}  ${new URL(f.url).pathname}`);
    if (values.geometry) {
      const g = await staticAsset(baseURL, values.geometry);
      console.log(`Geometry ${values.geometry}: ${kib(g.gzip)} gzip (${kib(g.bytes)} raw), Cache-Control: ${g.cacheControl ?? "none"}`);
    }
  });
}

main().catch((err: unknown) => {
  console.error(`bench:bundle failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
