/**
 * The editor of the load benchmark: saves one new statement every INTERVAL_MS through the data
 * layer (the same createStatement an editor's save runs, in its own process, on the same database
 * file as the server) and prints `saved ID MS` once each save has committed. Runs until killed.
 *
 *   node --conditions=react-server --import tsx scripts/bench/writer.ts DB [INTERVAL_MS]
 */
import fs from "node:fs";
import { openDatabase } from "@/db/client";
import { createStatement } from "@/db/queries/statement-writes";
import { STANCE_KEYS } from "@/lib/types";

const [file, interval = "1000"] = process.argv.slice(2);
if (!file) {
  console.error("usage: writer.ts DB [INTERVAL_MS]");
  process.exit(2);
}
const db = openDatabase(file);
const COUNTRIES = ["FRA", "DEU", "GBR", "POL", "EST", "NLD", "SWE", "NOR"];
let n = 0;

function save(): void {
  n++;
  const started = performance.now();
  const saved = createStatement(
    db,
    {
      countryIso3: COUNTRIES[n % COUNTRIES.length]!,
      statedOn: "2025-10-01",
      statedOnPrecision: "day",
      stance: STANCE_KEYS[n % STANCE_KEYS.length]!,
      contributions: [],
      conditions: null,
      quote: `Load test save ${n}`,
      quoteLanguage: "en",
      speaker: null,
      confidence: "low",
      note: "Written by the load benchmark (scripts/bench).",
      source: { title: "Load benchmark", publisher: null, url: null, publishedOn: null },
    },
    "load-benchmark",
  );
  fs.writeSync(1, `saved ${saved.current.id} ${(performance.now() - started).toFixed(2)}\n`);
}

setInterval(save, Number(interval));
save();
