/**
 * Reconciles the seed's inputs into the one file the seed loads (db/seed/reconciled.csv): the
 * statements read from the five seed articles (statements.csv), the cited dataset
 * (dataset-2025-2026.csv, see DATASET.md) and the sources an editor found for article claims that
 * carried no address (corroborations.csv). Pure code over CSV records, so the script that writes
 * the file (scripts/reconcile-seed.ts) and the test that re-derives it run the same steps.
 *
 * The rules (the dataset's README, "How stances were coded", decides stances):
 * - Rows with the same country, stated_on and stance are one claim: one statement citing all
 *   their sources (the first row's source primary, the others corroborating, in order).
 * - A seed article's row on the same country and day as a dataset row reports that claim even
 *   when its stance differs: the dataset row is primary and its coding stands; the article's
 *   reading is kept in the note.
 * - A found source (corroborations.csv) reports a claim the seed already holds (same country, day
 *   and stance): it joins that statement as a corroborating source and never makes one of its own,
 *   so the claim keeps its coding and gains an address a reader can check.
 * - Every other row is a statement of its own. The primary row's cells are kept as they are;
 *   only empty `contributions` and `conditions` are filled from an agreeing corroborating row.
 */
import { parseCsv } from "@/lib/csv";
import { formatStatementsCsv, parseStatementsCsv } from "../statements/csv";
import { formatContributions, parseContributions } from "../statements/fields";
import { STANCE_CATEGORIES } from "./categories";

export type SeedRecord = Record<string, string>;
/** Where a row comes from: the dataset, a seed article, or a source an editor found for a claim. */
export type SeedOrigin = "dataset" | "article" | "found";

const STANCE_LABEL = new Map<string, string>(STANCE_CATEGORIES.map((c) => [c.key, c.label]));
const NOTE_MAX = 2000;
const SOURCE_COLUMNS = ["source_title", "source_publisher", "source_url", "source_published_on"] as const;

type Group = { origin: SeedOrigin; primary: SeedRecord; more: { origin: SeedOrigin; row: SeedRecord }[] };

const claimKey = (r: SeedRecord) => `${r.country}|${r.stated_on}|${r.stance}`;
const dayKey = (r: SeedRecord) => `${r.country}|${r.stated_on}`;
const sameSource = (a: SeedRecord, b: SeedRecord) => SOURCE_COLUMNS.every((c) => (a[c] ?? "") === (b[c] ?? ""));
const nullable = (s: string | undefined) => (s === undefined || s === "" ? null : s);

/** The sentence a corroborating row adds to the note: who else reported it, and how they read it. */
function corroborationNote(primary: SeedRecord, c: { origin: SeedOrigin; row: SeedRecord }): string {
  const r = c.row;
  const who = `${c.origin === "article" ? "The seed article" : "Also reported by"} '${r.source_title}'${r.source_publisher ? ` (${r.source_publisher})` : ""}`;
  if (r.stance !== primary.stance) {
    const label = STANCE_LABEL.get(r.stance ?? "") ?? r.stance ?? "";
    const translation = r.quote_translation ? ` ('${r.quote_translation}')` : "";
    return `${who} reads this as ${label.toLowerCase()} (${r.stance}): "${r.quote}"${translation}. Coded ${primary.stance} as the dataset's coding rules say (DATASET.md, How stances were coded).`;
  }
  const quote = r.quote && r.quote !== primary.quote ? `: "${r.quote}"` : "";
  if (c.origin === "found") return `${who}, ${r.note || "a source found by an editor"}${quote}.`;
  return c.origin === "article" ? `${who} reports the same${quote}.` : `${who}${quote}.`;
}

function emit(g: Group): SeedRecord {
  const out: SeedRecord = { ...g.primary };
  const agreeing = g.more.filter((m) => m.row.stance === out.stance);
  for (const column of ["contributions", "conditions"] as const) {
    if ((out[column] ?? "") === "") out[column] = agreeing.find((m) => (m.row[column] ?? "") !== "")?.row[column] ?? "";
  }
  // Canonical order, as exports write it (so the seeded database exports this very file).
  out.contributions = formatContributions(parseContributions(out.contributions ?? "").keys);
  const added = g.more.map((m) => corroborationNote(g.primary, m)).join(" ");
  const note = out.note ?? "";
  if (added !== "") out.note = note === "" ? added : `${note}${/[.!?]$/.test(note) ? "" : "."} ${added}`;
  if ((out.note ?? "").length > NOTE_MAX) throw new Error(`reconciled note of ${dayKey(out)} is longer than ${NOTE_MAX} characters`);
  const more = g.more.map((m) => ({
    title: m.row.source_title!,
    publisher: nullable(m.row.source_publisher),
    url: nullable(m.row.source_url),
    published_on: nullable(m.row.source_published_on),
  }));
  out.more_sources = more.length === 0 ? "" : JSON.stringify(more);
  return out;
}

/**
 * The reconciled records, ordered by country, stated_on and then input order (dataset first).
 * Each input row lands in exactly one output record, as its primary or as a corroborating source.
 */
export function reconcileSeed(dataset: readonly SeedRecord[], articles: readonly SeedRecord[], found: readonly SeedRecord[] = []): SeedRecord[] {
  const groups: Group[] = [];
  const byClaim = new Map<string, Group>();
  const add = (origin: SeedOrigin, row: SeedRecord) => {
    const g: Group = { origin, primary: row, more: [] };
    groups.push(g);
    byClaim.set(claimKey(row), g);
  };
  const join = (g: Group, origin: SeedOrigin, row: SeedRecord) => {
    // The same source twice (a file repeating a row) corroborates nothing: cited once.
    if (sameSource(g.primary, row) || g.more.some((m) => sameSource(m.row, row))) return;
    g.more.push({ origin, row });
  };
  for (const row of dataset) {
    const g = byClaim.get(claimKey(row));
    if (g) join(g, "dataset", row);
    else add("dataset", row);
  }
  for (const row of articles) {
    const sameDay = groups.filter((g) => g.origin === "dataset" && dayKey(g.primary) === dayKey(row));
    const g = sameDay.find((d) => d.primary.stance === row.stance) ?? sameDay[0] ?? byClaim.get(claimKey(row));
    if (g) join(g, "article", row);
    else add("article", row);
  }
  for (const row of found) {
    const g = byClaim.get(claimKey(row));
    if (!g) throw new Error(`${SEED_FILES.corroborations}: ${claimKey(row)} corroborates no claim of the seed (a found source joins a statement, it never makes one)`);
    join(g, "found", row);
  }
  const order = new Map(groups.map((g, i) => [g, i]));
  return [...groups]
    .sort((a, b) => dayKey(a.primary).localeCompare(dayKey(b.primary)) || order.get(a)! - order.get(b)!)
    .map(emit);
}

/** The seed's input files, and the reconciled file the seed loads (all in db/seed/). */
export const SEED_FILES = {
  dataset: "dataset-2025-2026.csv",
  /** The claim columns coded for dataset rows where the quote supports them (see applyClaimCoding). */
  datasetClaims: "dataset-claims.csv",
  articles: "statements.csv",
  /** Sources an editor found that report a claim of the seed whose sources had no address. */
  corroborations: "corroborations.csv",
  reconciled: "reconciled.csv",
} as const;

/** The claim columns the coding file may set (the dataset itself leaves them empty). */
export const CLAIM_CODING_COLUMNS = ["speaker_role", "commitment", "size_text", "troops_min", "troops_max", "condition_keys"] as const;

/**
 * The dataset rows with their claim columns filled from the coding file, which names each row by
 * country, stated_on and source_url (unique in the dataset). Coded only where the quote supports it:
 * the speaker's office when the quote names it, `pledged` for the declaration's signatories,
 * `willing` for an explicit "ready / prepared / willing", a size only where one is quoted, condition
 * keys where the quote or note states them. A coding row that names no dataset row is an error.
 */
export function applyClaimCoding(dataset: readonly SeedRecord[], coding: readonly SeedRecord[]): SeedRecord[] {
  const key = (r: SeedRecord) => `${r.country}|${r.stated_on}|${r.source_url}`;
  const byKey = new Map(coding.map((c) => [key(c), c]));
  const used = new Set<string>();
  const out = dataset.map((row) => {
    const c = byKey.get(key(row));
    if (!c) return row;
    used.add(key(row));
    const coded: SeedRecord = { ...row };
    for (const column of CLAIM_CODING_COLUMNS) {
      if ((row[column] ?? "") !== "") throw new Error(`${key(row)}: the dataset already has ${column}`);
      coded[column] = c[column] ?? "";
    }
    return coded;
  });
  const unused = coding.filter((c) => !used.has(key(c)));
  if (unused.length > 0) throw new Error(`${SEED_FILES.datasetClaims}: no dataset row for ${unused.map(key).join(", ")}`);
  return out;
}

/** The reconciled file's text from the inputs' texts (statements CSV format, export column order). */
export function reconcileSeedFiles(datasetCsv: string, articlesCsv: string, claimsCsv: string, corroborationsCsv: string): string {
  const records = (name: string, text: string) => {
    const parsed = parseStatementsCsv(text);
    if (parsed.error) throw new Error(`${name}: ${parsed.error}`);
    return parsed.rows.map((r) => r.record);
  };
  const header = ["country", "stated_on", "source_url", ...CLAIM_CODING_COLUMNS];
  const coding = parseCsv(claimsCsv, { columns: header, required: header });
  if (coding.error) throw new Error(`${SEED_FILES.datasetClaims}: ${coding.error}`);
  const dataset = applyClaimCoding(records(SEED_FILES.dataset, datasetCsv), coding.rows.map((r) => r.record));
  return formatStatementsCsv(reconcileSeed(dataset, records(SEED_FILES.articles, articlesCsv), records(SEED_FILES.corroborations, corroborationsCsv)));
}
