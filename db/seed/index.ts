/**
 * Fills the database: every ISO 3166-1 country, the stance categories, the seed's statements and the
 * summits they name (db/seed/events.json). The statements come from db/seed/reconciled.csv: the five
 * seed articles' statements (statements.csv) and the cited dataset (dataset-2025-2026.csv, see
 * DATASET.md) reconciled into one statement per claim by db/seed/reconcile.ts; they are loaded
 * through the same path as any CSV import.
 *
 * Idempotent, and it upgrades: on a database that already holds seed statements (an earlier seed,
 * e.g. the 21 statements of the articles alone) it adds only what is missing. A seed statement is
 * the same as a reconciled row when country, stated_on, stance and primary source match (in any
 * version, so what an editor edited or retracted is not re-added). An unedited seed statement whose
 * content or sources differ from its row gets a new version with the row's values (corroborating
 * sources are added this way, as a version, so the history shows when they came); an unedited seed
 * statement that the reconciliation merged into another claim (same country and day, its primary
 * source now cited by that claim) is retracted with a reason naming the statement that cites it.
 * A database with statements but none from the seed is left alone (its owner's data).
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../client";
import { editStatement, getStatement, importStatements, retractStatement, statementsToCsv, formatStatementsCsv, parseStatementsCsv } from "../statements";
import { findSource, resolveSource } from "../sources/resolve";
import { recordEventVersion } from "../events/history";
import { listAllCountries } from "@/lib/countries";
import { STANCE_CATEGORIES } from "./categories";
import { SEED_FILES } from "./reconcile";
import { parseStatementImport } from "@/db/statements";
import type { NormalisedStatementInput } from "@/db/statements/validation";

const SEED_DIR = path.join(process.cwd(), "db", "seed");
export const SEED_ACTOR = "seed";

const eventSchema = z.object({
  slug: z.string().min(1),
  name: z.string().min(1),
  place: z.string().nullable(),
  heldOn: z.iso.date(),
  summary: z.string().nullable(),
  participants: z.array(z.string().length(3)),
  source: z.object({
    title: z.string().min(1),
    publisher: z.string().nullable(),
    url: z.url({ protocol: /^https?$/ }).nullable(),
    publishedOn: z.iso.date().nullable(),
  }),
  quote: z.string().nullable(),
  quoteLanguage: z.string().nullable(),
});

/** Inserts the reference rows (countries, categories); idempotent. */
export function seedReference(db: Db): void {
  const insertCountry = db.$client.prepare(
    "insert into countries (iso3, iso2, numeric, name) values (@iso3, @iso2, @numeric, @name) on conflict(iso3) do nothing",
  );
  const insertCategory = db.$client.prepare(
    `insert into stance_categories (key, label, description, colour, rank) values (@key, @label, @description, @colour, @rank)
     on conflict(key) do nothing`,
  );
  db.$client.transaction(() => {
    for (const c of listAllCountries()) insertCountry.run(c);
    for (const c of STANCE_CATEGORIES) insertCategory.run(c);
  })();
}

function seedEvents(db: Db, at: number): number {
  const events = z.array(eventSchema).parse(JSON.parse(fs.readFileSync(path.join(SEED_DIR, "events.json"), "utf8")));
  const insertEvent = db.$client.prepare(
    `insert into events (slug, name, place, held_on, summary, quote, quote_language, source_id, created_at, created_by)
     values (@slug, @name, @place, @heldOn, @summary, @quote, @quoteLanguage, @sourceId, @at, @actor)`,
  );
  const insertParticipant = db.$client.prepare("insert into event_participants (event_id, country_iso3) values (?, ?)");
  const exists = db.$client.prepare("select 1 from events where slug = ?").pluck();
  let inserted = 0;
  for (const e of events) {
    // An event already there (an earlier seed, or renamed by an editor under the same slug) stays.
    if (exists.get(e.slug)) continue;
    inserted++;
    const sourceId = resolveSource(db, e.source, SEED_ACTOR, at);
    const { lastInsertRowid } = insertEvent.run({ ...e, sourceId, at, actor: SEED_ACTOR });
    for (const iso3 of e.participants) insertParticipant.run(Number(lastInsertRowid), iso3);
    recordEventVersion(db, Number(lastInsertRowid), SEED_ACTOR, at);
  }
  return inserted;
}

export type SeedResult = {
  /** New statements. */
  statements: number;
  /** Seed statements given a new version with their reconciled values (sources added, recoded). */
  updated: number;
  /** Seed statements retracted as the same claim as another (merged). */
  merged: number;
  events: number;
};

/** A validated row of the reconciled file (its sources described, as the CSV describes them). */
type SeedRow = { line: number; input: NormalisedStatementInput };

type Identity = { country: string; statedOn: string; precision: string; stance: string; sourceId: number };
const identityKey = (i: Identity) => `${i.country}|${i.statedOn}|${i.precision}|${i.stance}|${i.sourceId}`;

/** The reconciled seed rows, validated, each with its CSV record as the file holds it. */
function readSeedRows(): { rows: SeedRow[]; records: Map<number, Record<string, string>> } {
  const file = fs.readFileSync(path.join(SEED_DIR, SEED_FILES.reconciled));
  const parsed = parseStatementImport(file);
  if (!parsed.ok) throw new Error(`The seed CSV is invalid:\n${parsed.errors.join("\n")}`);
  const records = new Map(parseStatementsCsv(file).rows.map((r) => [r.line, r.record]));
  return { rows: parsed.rows, records };
}

/**
 * Seeds an empty database, or brings one seeded before up to the current seed (see the file's
 * comment); returns what it did, or null when the database holds data of its own and no seed.
 */
export function seedDatabase(db: Db): SeedResult | null {
  seedReference(db);
  const all = db.$client.prepare("select count(*) from statements").pluck().get() as number;
  const seeded = db.$client.prepare("select count(*) from statements where recorded_by = ?").pluck().get(SEED_ACTOR) as number;
  if (all > 0 && seeded === 0) return null;
  const { rows, records } = readSeedRows();
  const findIdentity = db.$client
    .prepare(
      `select statement_id from statements where country_iso3 = @country and stated_on = @statedOn
         and stated_on_precision = @precision and stance = @stance and source_id = @sourceId order by statement_id limit 1`,
    )
    .pluck();
  // Unedited seed statements on a country and day: current, published and recorded by the seed.
  const seedOnDay = db.$client.prepare(
    `select statement_id as id, version, stance, source_id as sourceId from statements
     where superseded_at is null and status = 'published' and recorded_by = @actor
       and country_iso3 = @country and stated_on = @statedOn and stated_on_precision = @precision
     order by statement_id`,
  );
  const isSeedCurrent = (id: number) =>
    db.$client.prepare("select 1 from statements where statement_id = ? and superseded_at is null and status = 'published' and recorded_by = ?").get(id, SEED_ACTOR) !== undefined;

  return db.$client.transaction((): SeedResult => {
    const result: SeedResult = { statements: 0, updated: 0, merged: 0, events: 0 };
    const identity = (row: SeedRow): Identity | null => {
      const sourceId = findSource(db, row.input.source);
      const { countryIso3: country, statedOn, statedOnPrecision: precision, stance } = row.input;
      return sourceId === null ? null : { country, statedOn, precision, stance, sourceId };
    };
    // Claims the seed states itself: never merged away into another row's claim.
    const own = new Set(rows.flatMap((r) => {
      const i = identity(r);
      return i ? [identityKey(i)] : [];
    }));
    const missing: SeedRow[] = [];
    for (const row of rows) {
      const input = row.input;
      const mine = identity(row);
      const sourceIds = new Set([mine?.sourceId, ...(input.moreSources ?? []).map((m) => findSource(db, m))].filter((id): id is number => typeof id === "number"));
      const same = mine ? (findIdentity.get(mine) as number | undefined) : undefined;
      const others = (
        seedOnDay.all({ actor: SEED_ACTOR, country: input.countryIso3, statedOn: input.statedOn, precision: input.statedOnPrecision }) as {
          id: number;
          version: number;
          stance: string;
          sourceId: number;
        }[]
      ).filter((o) => o.id !== same && sourceIds.has(o.sourceId) && !own.has(identityKey({ country: input.countryIso3, statedOn: input.statedOn, precision: input.statedOnPrecision, stance: o.stance, sourceId: o.sourceId })));
      const targetId = same ?? others.shift()?.id;
      if (targetId === undefined) {
        missing.push(row);
        continue;
      }
      const wanted = formatStatementsCsv([records.get(row.line)!]);
      const { current } = getStatement(db, targetId);
      if (isSeedCurrent(targetId) && statementsToCsv([current]) !== wanted) {
        editStatement(db, targetId, current.version, input, SEED_ACTOR, "Seed update: reconciled with the cited dataset (sources and coding as in db/seed/reconciled.csv)");
        result.updated++;
      }
      for (const o of others) {
        retractStatement(db, o.id, o.version, `Same claim as statement #${targetId}, which cites this source (seed reconciliation)`, SEED_ACTOR);
        result.merged++;
      }
    }
    result.statements = importStatements(db, missing, SEED_ACTOR).filter((o) => o.outcome === "new").length;
    result.events = seedEvents(db, Date.now());
    return result;
  })();
}
