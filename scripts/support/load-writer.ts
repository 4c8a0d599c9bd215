/**
 * The editor of the load benchmark: saves one new statement every INTERVAL_MS and prints
 * `saved ID MS` once each save has been acknowledged. Runs until killed.
 *
 *   node --conditions=react-server --import tsx scripts/support/load-writer.ts api BASE_URL EMAIL PASSWORD [INTERVAL_MS]
 *     through the real write path: signs in, then POST /api/v1/admin/statements with the session
 *     (validation, audit entry and revalidation of the public views included);
 *   node --conditions=react-server --import tsx scripts/support/load-writer.ts db DATABASE_FILE [INTERVAL_MS]
 *     straight through the data layer (createStatement), for a server without editor accounts.
 */
import fs from "node:fs";
import { openDatabase } from "@/db/client";
import { createStatement } from "@/db/statements";
import { STANCE_KEYS } from "@/lib/types";
import { apiSignIn, apiWrite } from "./api-session";

const COUNTRIES = ["FRA", "DEU", "GBR", "POL", "EST", "NLD", "SWE", "NOR"];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

/** The n-th statement the benchmark records, as the form/API fields. */
function fields(n: number) {
  return {
    country: COUNTRIES[n % COUNTRIES.length]!,
    stated_on: "2025-10-01",
    stance: STANCE_KEYS[n % STANCE_KEYS.length]!,
    quote: `Load test save ${n}`,
    quote_language: "en",
    confidence: "low",
    note: "Written by the load benchmark (scripts/bench).",
    source_title: "Load benchmark",
  };
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  let save: (n: number) => Promise<number>;
  let interval: string | undefined;
  if (mode === "api") {
    const [baseURL, email, password, ms] = args;
    if (!baseURL || !email || !password) throw new Error("usage: load-writer.ts api BASE_URL EMAIL PASSWORD [INTERVAL_MS]");
    interval = ms;
    const cookie = await apiSignIn(baseURL, { email, password });
    save = async (n) => {
      const res = await apiWrite(baseURL, cookie, "POST", "/api/v1/admin/statements", fields(n));
      if (res.status !== 201) throw new Error(`save ${n}: HTTP ${res.status} ${await res.text()}`);
      return ((await res.json()) as { current: { id: number } }).current.id;
    };
  } else if (mode === "db") {
    const [file, ms] = args;
    if (!file) throw new Error("usage: load-writer.ts db DATABASE_FILE [INTERVAL_MS]");
    interval = ms;
    const db = openDatabase(file);
    save = async (n) => {
      const f = fields(n);
      const input = {
        countryIso3: f.country,
        statedOn: f.stated_on,
        statedOnPrecision: "day" as const,
        stance: f.stance,
        contributions: [],
        conditions: null,
        quote: f.quote,
        quoteLanguage: f.quote_language,
        speaker: null,
        confidence: "low" as const,
        note: f.note,
        source: { title: f.source_title, publisher: null, url: null, publishedOn: null },
      };
      return createStatement(db, input, "load-benchmark").current.id;
    };
  } else {
    throw new Error("usage: load-writer.ts api|db ...");
  }
  let n = 0;
  // One save per interval on a fixed schedule, as an editor clicking Save every second would: a
  // slow save does not delay the next one. A refused save is reported, not retried.
  const tick = async () => {
    const mine = ++n;
    const started = performance.now();
    try {
      const id = await save(mine);
      say(`saved ${id} ${(performance.now() - started).toFixed(2)}`);
    } catch (err) {
      const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
      const why = `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`;
      say(`failed ${mine} ${why.replace(/\s+/g, " ").slice(0, 300)}`);
    }
  };
  const inFlight = new Set<Promise<void>>();
  const start = () => {
    const p = tick().finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  start();
  const timer = setInterval(start, Number(interval ?? 1000));
  // SIGTERM ends the run: no new save, but those already sent are awaited and reported.
  process.once("SIGTERM", () => {
    clearInterval(timer);
    void Promise.allSettled([...inFlight]).then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
