/**
 * Fills an empty database: every ISO 3166-1 country, the stance categories, the statements read
 * from the seed articles (db/seed/statements.csv, loaded through the same path as any CSV import)
 * and the summits they name (db/seed/events.json).
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../client";
import { importStatements } from "../statements";
import { resolveSource } from "../sources/resolve";
import { listAllCountries } from "@/lib/countries";
import { STANCE_CATEGORIES } from "./categories";
import { parseStatementImport } from "@/db/statements";

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
  for (const e of events) {
    const sourceId = resolveSource(db, e.source, SEED_ACTOR, at);
    const { lastInsertRowid } = insertEvent.run({ ...e, sourceId, at, actor: SEED_ACTOR });
    for (const iso3 of e.participants) insertParticipant.run(Number(lastInsertRowid), iso3);
  }
  return events.length;
}

/** Seeds statements and events if the database has none; returns what it inserted. */
export function seedIfEmpty(db: Db): { statements: number; events: number } | null {
  seedReference(db);
  const { n } = db.$client.prepare("select count(*) as n from statements").get() as { n: number };
  if (n > 0) return null;
  const parsed = parseStatementImport(fs.readFileSync(path.join(SEED_DIR, "statements.csv")));
  if (!parsed.ok) throw new Error(`The seed CSV is invalid:\n${parsed.errors.join("\n")}`);
  return db.$client.transaction(() => {
    const outcomes = importStatements(db, parsed.rows, SEED_ACTOR);
    const events = seedEvents(db, Date.now());
    return { statements: outcomes.filter((o) => o.outcome === "new").length, events };
  })();
}
